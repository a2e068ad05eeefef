package vn.cds.baocao.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import vn.cds.baocao.base.domain.AbstractEntity;

/** A token another reporting system uses for the read-only JSON API. Only its hash is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, length = 16)
    private String tokenPrefix;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    protected ApiToken() {
    }

    public ApiToken(String name, String tokenHash, String tokenPrefix, String createdBy, LocalDateTime createdAt) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(String username, LocalDateTime at) {
        this.revokedBy = username;
        this.revokedAt = at;
    }

    public String getName() {
        return name;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }
}
