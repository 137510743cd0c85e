package dev.athanor.orm.enhanced;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;
import java.util.List;
import java.util.Map;

/** An enhanced profile (long key) with JSON columns: two that track in-place changes, one that does not. */
@Table("enh_profile")
public class Profile {
    @Column(primaryKey = true)
    Long id;
    @Column(mutable = true)
    Map<String, Object> prefs;
    @Column(mutable = true)
    List<String> labels;
    Map<String, Object> notes;

    Profile() {
    }

    public Profile(Map<String, Object> prefs, List<String> labels, Map<String, Object> notes) {
        this.prefs = prefs;
        this.labels = labels;
        this.notes = notes;
    }

    public Long getId() {
        return id;
    }

    public Map<String, Object> getPrefs() {
        return prefs;
    }

    public List<String> getLabels() {
        return labels;
    }

    public Map<String, Object> getNotes() {
        return notes;
    }
}
