package org.dyad.store;

/** The store contract on an embedded DuckDB file. */
class DuckDbStoreTest extends StoreContractTest {

    private String file;

    @Override
    String freshSpec() {
        file = dir.resolve("sub/folder/events.duckdb").toString();
        return file;
    }

    @Override
    String spec() {
        return file;
    }

    @Override
    String jdbc(String spec) {
        return "jdbc:duckdb:" + spec;
    }
}
