/**
 * Accounts, roles, sign-in, lockout and throttling, sessions, the current user and user administration; depends on
 * organization, audit and base.
 */
package vn.cds.baocao.security;
