package io.switchboard.console.designer;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * One node on the canvas: fixed id and type; observable name, position, configuration texts (by field key),
 * the validation problem that concerns it, and, on the runs screen, its run state.
 */
public final class DesignNode {

    public static final double WIDTH = 150;
    public static final double HEIGHT = 56;

    private final String id;
    private final String type;
    private final StringProperty name = new SimpleStringProperty();
    private final DoubleProperty x = new SimpleDoubleProperty();
    private final DoubleProperty y = new SimpleDoubleProperty();
    private final ObservableMap<String, String> config = FXCollections.observableHashMap();
    private final StringProperty problem = new SimpleStringProperty();
    private final ObjectProperty<String> state = new SimpleObjectProperty<>();

    /** Settings the designer does not edit but must keep (timeout, retries, onFailure …), as JSON. */
    private Settings settings = Settings.NONE;

    public DesignNode(String id, String type, String name, double x, double y) {
        this.id = id;
        this.type = type;
        this.name.set(name);
        this.x.set(x);
        this.y.set(y);
    }

    /** Node settings other than the config, carried through load and save unchanged. */
    public record Settings(Integer timeoutSeconds, Integer retries, Integer retryBackoffMs, String onFailure) {
        static final Settings NONE = new Settings(null, null, null, null);
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public String name() {
        return name.get();
    }

    public DoubleProperty xProperty() {
        return x;
    }

    public DoubleProperty yProperty() {
        return y;
    }

    public ObservableMap<String, String> config() {
        return config;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ObjectProperty<String> stateProperty() {
        return state;
    }

    public Settings settings() {
        return settings;
    }

    void settings(Settings value) {
        settings = value;
    }

    @Override
    public String toString() {
        return id + " (" + type + ")";
    }
}
