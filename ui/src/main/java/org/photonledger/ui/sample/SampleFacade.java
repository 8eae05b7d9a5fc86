package org.photonledger.ui.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.photonledger.processing.sample.Genealogy;
import org.photonledger.processing.sample.HistoryRow;
import org.photonledger.processing.sample.SampleQueries;
import org.photonledger.processing.sample.SampleRow;
import org.photonledger.processing.sample.SampleSearch;
import org.photonledger.processing.sample.StepRow;
import org.photonledger.processing.store.Page;
import org.photonledger.processing.store.SortOrder;

/** What the sample pages and the read API may ask about lab objects. */
@ApplicationScoped
public class SampleFacade {

    @Inject
    SampleQueries queries;

    public Optional<SampleRow> byId(String id) {
        return queries.byId(id);
    }

    public Page<SampleRow> search(SampleSearch search, List<SortOrder> sort, int offset, int limit) {
        return queries.search(search, sort, offset, limit);
    }

    public List<StepRow> steps(String id) {
        return queries.steps(id);
    }

    public List<HistoryRow> history(String id) {
        return queries.history(id, 1000);
    }

    public List<Genealogy.Edge> edges(String id) {
        return queries.edgesOf(id);
    }

    /** Results derived from the object (transitively), newest first. */
    public Page<SampleRow> results(String id, int limit) {
        return queries.descendants(id, "Result", 0, limit);
    }

    public Optional<Genealogy> genealogy(String id) {
        return queries.genealogy(id);
    }
}
