package vn.cds.baocao.exchange.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.audit.service.AdminAudit;
import vn.cds.baocao.audit.service.AuditDetails;
import vn.cds.baocao.base.domain.Paging;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.exchange.domain.ApiToken;
import vn.cds.baocao.exchange.domain.ApiTokenRepository;
import vn.cds.baocao.security.service.CurrentUser;

/**
 * API tokens: an administrator issues one per connected reporting system and revokes it when the connection ends.
 * A token is 32 random bytes (Base64URL, prefixed "cds_"); only its SHA-256 hash is stored, so the token is shown
 * once, when issued, and cannot be recovered afterwards. A fast hash is enough: the token is random, not a password
 * a person chose, so it cannot be guessed from a dictionary.
 */
@Service
@Transactional
public class ApiTokenService {

    public static final String TOKEN_PREFIX = "cds_";
    public static final String SORT_NAME = "name";
    public static final String SORT_ISSUED = "issued";
    public static final String SORT_LAST_USED = "lastUsed";
    private static final Map<String, List<String>> SORTABLE = Map.of(SORT_NAME, List.of("name"),
            SORT_ISSUED, List.of("createdAt"), SORT_LAST_USED, List.of("lastUsedAt"));
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
    static final int MAX_NAME_LENGTH = 200;
    private static final int RANDOM_BYTES = 32;
    private static final int SHOWN_PREFIX_LENGTH = 12;
    /** "Last used" is written at most this often per token, not on every request. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AdminAudit audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiTokenService(ApiTokenRepository tokens, AdminAudit audit, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every token, newest first; revoked ones included (their history stays visible). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiToken> list() {
        return tokens.findAllByOrderByCreatedAtDescIdDesc();
    }

    /** One page of the tokens, newest first unless sorted by a {@code SORT_*} key; in the database. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiToken> page(Pageable page) {
        return tokens.findBy(Paging.whitelisted(page, SORTABLE, NEWEST_FIRST));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        return tokens.count();
    }

    /** Issues a token for a connected system; the returned token is the only time it can be seen. */
    @PreAuthorize("hasRole('ADMIN')")
    public IssuedToken issue(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new BusinessException("exchange.token.nameRequired");
        }
        if (clean.length() > MAX_NAME_LENGTH) {
            throw new BusinessException("exchange.token.nameTooLong", String.valueOf(MAX_NAME_LENGTH));
        }
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String prefix = token.substring(0, SHOWN_PREFIX_LENGTH);
        ApiToken saved = tokens.save(new ApiToken(clean, hash(token), prefix, currentUser.require().getUsername(),
                LocalDateTime.now(clock)));
        audit.record(AuditAction.API_TOKEN_ISSUE, prefix, AuditDetails.of().value("apiTokenName", clean));
        return new IssuedToken(saved.getId(), clean, prefix, token);
    }

    /** Revokes a token: the next request with it is refused (401). */
    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(long tokenId) {
        ApiToken token = tokens.findById(tokenId)
                .orElseThrow(() -> new BusinessException("exchange.token.notFound"));
        if (token.isRevoked()) {
            throw new BusinessException("exchange.token.alreadyRevoked");
        }
        token.revoke(currentUser.require().getUsername(), LocalDateTime.now(clock));
        audit.record(AuditAction.API_TOKEN_REVOKE, token.getTokenPrefix(),
                AuditDetails.of().value("apiTokenName", token.getName()));
    }

    /**
     * The client a bearer token belongs to, if the token is known and not revoked. This is the authentication
     * step of every API request, so it has no role check of its own.
     */
    public Optional<ApiClient> authenticate(String rawToken) {
        if (rawToken == null || !rawToken.startsWith(TOKEN_PREFIX) || rawToken.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findByTokenHash(hash(rawToken)).filter(t -> !t.isRevoked());
        found.ifPresent(token -> {
            LocalDateTime now = LocalDateTime.now(clock);
            if (token.getLastUsedAt() == null || token.getLastUsedAt().plus(LAST_USED_RESOLUTION).isBefore(now)) {
                tokens.markUsed(token.getId(), now);
            }
        });
        return found.map(t -> new ApiClient(t.getId(), t.getName(), t.getTokenPrefix()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A token just issued: {@code token} is shown once and never stored. */
    public record IssuedToken(long id, String name, String prefix, String token) {
    }

    /** The system calling the API. */
    public record ApiClient(long tokenId, String name, String prefix) {
    }
}
