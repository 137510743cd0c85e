package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;
import dev.athanor.schema.Autoincrement;

/** A reading with a float and a double, for the non-finite value tests. */
@Table("nf_measurement")
public class Measurement {
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
    Integer id;
    Float ratio;
    Double reading;

    Measurement() {
    }

    public Measurement(Integer id, Float ratio, Double reading) {
        this.id = id;
        this.ratio = ratio;
        this.reading = reading;
    }

    public Float getRatio() {
        return ratio;
    }

    public Double getReading() {
        return reading;
    }
}
