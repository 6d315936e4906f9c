package org.qianliyan.portal.incinerator.hj212;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.incinerator.store.BulkSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Parses frames and stores what they carry; a bad frame is counted and logged, never stored. */
@Service
public class Hj212Ingest {

    private static final Logger LOG = LoggerFactory.getLogger(Hj212Ingest.class);

    private final Hj212Parser parser = new Hj212Parser();
    private final ElasticsearchClient client;
    private final IndexSchema schema;

    public Hj212Ingest(ElasticsearchClient client, IndexSchema schema) {
        this.client = client;
        this.schema = schema;
    }

    /** A session of frames written through one bulk sink; close it to flush. */
    public Session open() {
        return new Session(new BulkSink(client));
    }

    public final class Session implements AutoCloseable {

        private final BulkSink sink;
        private long accepted;
        private long rejected;
        private long stored;

        private Session(BulkSink sink) {
            this.sink = sink;
        }

        /** @param origin where the frame came from, for the log ({@code file:12}, a peer address) */
        public Hj212ParseResult accept(String text, String origin) throws IOException {
            Hj212ParseResult result = parser.parse(text);
            if (result.rejection().isPresent()) {
                rejected++;
                LOG.warn("HJ 212 frame rejected from {}: {}", origin, result.rejection().get());
                return result;
            }
            accepted++;
            for (var document : Hj212Documents.of(result.frame().get())) {
                sink.index(schema.alias(document.index()), document.id(), document.source());
                stored++;
            }
            return result;
        }

        public void flush() throws IOException {
            sink.flush();
        }

        public long accepted() {
            return accepted;
        }

        public long rejected() {
            return rejected;
        }

        public long stored() {
            return stored;
        }

        @Override
        public void close() throws IOException {
            sink.close();
        }
    }
}
