package org.photonledger.ui.preparation;

import com.vaadin.flow.component.combobox.ComboBox;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.photonledger.processing.sample.SampleRow;

/**
 * Picks a lab object that a step can be recorded on or made from: only objects of the right kinds in a usable
 * state are offered (newest first), searchable by label or id.
 */
class ObjectPicker extends ComboBox<SampleRow> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final PreparationFacade facade;
    private final String what;
    private final Predicate<SampleRow> usable;
    private final List<SampleRow> items;

    /**
     * @param what how the expected object is named in messages, e.g. "synthesis batch that is not stored yet"
     * @param kinds the aggregate types offered
     */
    ObjectPicker(PreparationFacade facade, String label, String id, String what, Predicate<SampleRow> usable,
            String... kinds) {
        super(label);
        this.facade = facade;
        this.what = what;
        this.usable = usable;
        setId(id);
        setWidthFull();
        setRequiredIndicatorVisible(true);
        setItemLabelGenerator(ObjectPicker::describe);
        items = new ArrayList<>(Stream.of(kinds).flatMap(k -> facade.objects(k).stream()).filter(usable).toList());
        setItems((row, filter) -> (row.label() + " " + row.id() + " " + row.subtype()).toLowerCase(Locale.ROOT)
                .contains(filter.toLowerCase(Locale.ROOT)), items);
        setPlaceholder(items.isEmpty() ? "None yet: no " + what : "Type to search by name or id");
    }

    static ObjectPicker batchInProgress(PreparationFacade f, String id) {
        return new ObjectPicker(f, "Synthesis batch", id, "synthesis batch in progress (not stored, not abandoned)",
                r -> status(r, "active"), PreparationFacade.BATCH);
    }

    static ObjectPicker batchToAbandon(PreparationFacade f, String id) {
        return new ObjectPicker(f, "Synthesis batch", id, "synthesis batch that is not abandoned yet",
                r -> status(r, "active") || status(r, "stored"), PreparationFacade.BATCH);
    }

    static ObjectPicker sample(PreparationFacade f, String label, String id) {
        return new ObjectPicker(f, label, id, "QD sample that is not discarded", r -> status(r, "active"),
                PreparationFacade.SAMPLE);
    }

    static ObjectPicker mirror(PreparationFacade f, String label, String id, String subtype) {
        return new ObjectPicker(f, label, id, subtype == null ? "mirror" : subtype + " mirror",
                r -> status(r, "active") && (subtype == null || subtype.equalsIgnoreCase(r.subtype())), PreparationFacade.MIRROR);
    }

    static ObjectPicker film(PreparationFacade f, String id, boolean onMirrorOnly) {
        return new ObjectPicker(f, "Film", id, onMirrorOnly ? "film on a planar mirror" : "film",
                r -> status(r, "active") && (!onMirrorOnly || "planar mirror".equalsIgnoreCase(r.subtype())),
                PreparationFacade.FILM);
    }

    static ObjectPicker cavity(PreparationFacade f, String id) {
        return new ObjectPicker(f, "Cavity", id, "cavity that is assembled and not disassembled", r -> status(r, "active"),
                PreparationFacade.CAVITY);
    }

    static boolean status(SampleRow r, String status) {
        return status.equalsIgnoreCase(r.status());
    }

    static String describe(SampleRow r) {
        // a batch's subtype is its protocol, too long for a list; the others' (treatment, mirror kind) tell them apart
        boolean showSubtype = r.subtype() != null && !r.subtype().isBlank() && !r.subtype().equals(r.label())
                && !PreparationFacade.BATCH.equals(r.kind());
        String subtype = showSubtype ? " (" + r.subtype() + ")" : "";
        return r.label() + subtype + " · " + r.status() + " · " + DAY.format(r.createdAt()) + " · " + shortId(r.id());
    }

    static String shortId(String id) {
        return id.length() > 16 ? id.substring(0, 15) + "…" : id;
    }

    String selectedId() {
        return getValue() == null ? null : getValue().id();
    }

    /**
     * Selects the object with this id (the {@code target} a page linked here with), or says at the field why it
     * cannot be used. Returns whether it was selected.
     */
    boolean select(String id) {
        Optional<SampleRow> offered = items.stream().filter(r -> r.id().equals(id)).findFirst();
        if (offered.isPresent()) {
            setValue(offered.get());
            return true;
        }
        Optional<SampleRow> known = facade.object(id);
        if (known.filter(usable).isPresent()) {
            // older than the newest page of objects the list was filled with
            items.add(known.get());
            getListDataView().refreshAll();
            setValue(known.get());
            return true;
        }
        setErrorMessage(known.map(r -> describe(r) + " cannot be used here: a " + what + " is needed")
                .orElse("No lab object with id '" + id + "' (a " + what + " is needed)"));
        setInvalid(true);
        return false;
    }
}
