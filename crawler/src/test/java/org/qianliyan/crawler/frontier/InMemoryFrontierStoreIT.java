package org.qianliyan.crawler.frontier;

/** The in-memory store passes the frontier contract. */
class InMemoryFrontierStoreIT extends FrontierStoreContract {

    @Override
    protected FrontierStore newStore() {
        return new InMemoryFrontierStore();
    }
}
