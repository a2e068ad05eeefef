package vn.cds.baocao.exchange.service.document;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.cds.baocao.exchange.service.document.ReportDocumentService.DocumentRequest;
import vn.cds.baocao.exchange.service.document.ReportDocumentService.GeneratedFile;
import vn.cds.baocao.exchange.service.document.ReportDocumentService.Progress;

/**
 * Runs report generations on a small pool of their own, never on a request thread: a long generation does not
 * hold the user's screen or other users' requests. The caller's sign-in travels with the job, so the service's
 * role checks apply as if the user called it directly.
 */
@Component
public class DocumentJobs {

    private final ExecutorService executor;
    private final ReportDocumentService documents;

    public DocumentJobs(ReportDocumentService documents,
                        @Value("${cds.documents.parallel-generations:2}") int parallel) {
        this.documents = documents;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.max(1, parallel), runnable -> {
            Thread thread = new Thread(runnable, "report-document-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public CompletableFuture<List<GeneratedFile>> submit(DocumentRequest request, Set<DocumentFormat> formats,
                                                         Progress progress) {
        SecurityContext caller = SecurityContextHolder.getContext();
        return CompletableFuture.supplyAsync(() -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(caller.getAuthentication());
            SecurityContextHolder.setContext(context);
            try {
                return documents.generate(request, formats, progress);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, executor);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
