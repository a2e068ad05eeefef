package vn.cds.baocao.demo;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/** A demo changeset written in Java: nothing to prepare or validate, its files read from the classpath. */
abstract class DemoChange implements CustomTaskChange {

    @Override
    public void setUp() {
        // nothing to prepare
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // files are read from the classpath
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
