package vn.cds.baocao.exchange.service.document;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.cds.baocao.exchange.service.WorkQueue;
import vn.cds.baocao.exchange.service.WorkQueue.Ticket;
import vn.cds.baocao.exchange.service.document.ReportDocumentService.DocumentRequest;
import vn.cds.baocao.exchange.service.document.ReportDocumentService.GeneratedFile;
import vn.cds.baocao.exchange.service.document.ReportDocumentService.Progress;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Runs report generations off the request thread, in the exchange feature's shared {@link WorkQueue}: a long
 * generation does not hold the user's screen, and no more generations and imports run at once than the server
 * allows (the others wait their turn). The caller's sign-in travels with the job, so the service's role checks
 * apply as if the user called it directly.
 */
@Component
public class DocumentJobs {

    private final WorkQueue work;
    private final ReportDocumentService documents;

    public DocumentJobs(ReportDocumentService documents, WorkQueue work) {
        this.documents = documents;
        this.work = work;
    }

    /** Starts (or queues) a generation; refuses with "exchange.work.queueFull" when too many are waiting. */
    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER')")
    public Ticket<List<GeneratedFile>> submit(DocumentRequest request, Set<DocumentFormat> formats,
                                              Progress progress) {
        return work.submit(() -> documents.generate(request, formats, progress));
    }
}
