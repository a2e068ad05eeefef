/**
 * The Liquibase custom changes that load the demo data (context demo only); depends on base.
 */
package vn.cds.baocao.demo;
