package vn.cds.baocao.notification.domain;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    List<Notification> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId, Limit limit);

    /** One page of the recipient's notifications, sorted by the page. */
    List<Notification> findByRecipientId(long recipientId, Pageable page);

    long countByRecipientId(long recipientId);

    Optional<Notification> findByIdAndRecipientId(long id, long recipientId);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(@Param("recipientId") long recipientId, @Param("at") LocalDateTime at);

    /**
     * Takes the e-mail of one notification for sending: only one sender (thread or server) gets 1 back, so an
     * e-mail is never sent twice.
     */
    @Modifying
    @Query("""
            update Notification n set n.emailStatus = :sending, n.emailAttempts = n.emailAttempts + 1,
                   n.emailAttemptedAt = :at
            where n.id = :id and n.emailStatus in :claimable""")
    int claimEmail(@Param("id") long id, @Param("at") LocalDateTime at, @Param("sending") EmailStatus sending,
                   @Param("claimable") Collection<EmailStatus> claimable);

    @Modifying
    @Query("""
            update Notification n set n.emailStatus = :status, n.emailAddress = :address, n.emailSentAt = :sentAt,
                   n.emailError = :error
            where n.id = :id""")
    int recordEmailOutcome(@Param("id") long id, @Param("status") EmailStatus status,
                           @Param("address") String address, @Param("sentAt") LocalDateTime sentAt,
                           @Param("error") String error);

    /** E-mails to try again: failed ones under the attempt limit, and pending ones nobody picked up. */
    @Query("""
            select n.id from Notification n
            where (n.emailStatus = :failed and n.emailAttempts < :maxAttempts and n.emailAttemptedAt < :before)
               or (n.emailStatus = :pending and n.createdAt < :before)
            order by n.id""")
    List<Long> emailsToRetry(@Param("failed") EmailStatus failed, @Param("pending") EmailStatus pending,
                             @Param("maxAttempts") int maxAttempts, @Param("before") LocalDateTime before);

    /** A send that never reported back (the server stopped mid-send) counts as failed. */
    @Modifying
    @Query("""
            update Notification n set n.emailStatus = :failed, n.emailError = :error
            where n.emailStatus = :sending and n.emailAttemptedAt < :before""")
    int failStaleSends(@Param("sending") EmailStatus sending, @Param("failed") EmailStatus failed,
                       @Param("error") String error, @Param("before") LocalDateTime before);
}
