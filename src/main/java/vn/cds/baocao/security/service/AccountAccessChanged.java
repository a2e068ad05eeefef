package vn.cds.baocao.security.service;

/**
 * An account lost access or had its access changed (disabled, locked, roles or unit changed, password reset):
 * its open sessions must end. Published inside the change's transaction; the sessions end after it commits.
 */
public record AccountAccessChanged(String username) {
}
