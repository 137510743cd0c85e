package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;
import java.util.List;
import java.util.Map;

/** A plain profile (String key, tracked by the runtime subclass and snapshots) with JSON columns: two that track in-place changes, one that does not. */
@Table("plain_profile")
public class PlainProfile {
    @Column(primaryKey = true, length = 36)
    String id;
    @Column(mutable = true)
    Map<String, Object> prefs;
    @Column(mutable = true)
    List<String> labels;
    Map<String, Object> notes;

    PlainProfile() {
    }

    public PlainProfile(String id, Map<String, Object> prefs, List<String> labels, Map<String, Object> notes) {
        this.id = id;
        this.prefs = prefs;
        this.labels = labels;
        this.notes = notes;
    }

    public String getId() {
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
