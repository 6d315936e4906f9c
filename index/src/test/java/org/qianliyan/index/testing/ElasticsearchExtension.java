package org.qianliyan.index.testing;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.qianliyan.index.ElasticsearchClients;
import org.qianliyan.index.schema.IndexNames;

/**
 * Gives a test class a real Elasticsearch (see {@link SharedElasticsearch}) and an index
 * prefix of its own, deleted with everything under it after the class.
 *
 * <pre>{@code
 * @ExtendWith(ElasticsearchExtension.class)
 * class FacilityRepositoryIT {
 *     @Test
 *     void stores_a_facility(TestElasticsearch es) { ... es.indexNames().alias("facilities") ... }
 * }
 * }</pre>
 *
 * <p>Besides test and lifecycle method parameters, fields of type {@link TestElasticsearch}
 * (static or not, any visibility) are filled in. Consumers of this module's test-jar must
 * set the system properties named in {@link SharedElasticsearch} for Surefire/Failsafe, or
 * the environment variable {@code QIANLIYAN_TEST_ES_URL}.
 */
public final class ElasticsearchExtension implements BeforeAllCallback, AfterAllCallback, TestInstancePostProcessor,
        ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ElasticsearchExtension.class);
    private static final String KEY = "elasticsearch";

    @Override
    public void beforeAll(ExtensionContext context) {
        inject(context.getRequiredTestClass(), null, obtain(context));
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        // With @TestInstance(PER_CLASS) this runs before beforeAll, hence obtain().
        inject(testInstance.getClass(), testInstance, obtain(context));
    }

    private static TestElasticsearch obtain(ExtensionContext context) {
        TestElasticsearch existing = context.getStore(NAMESPACE).get(KEY, TestElasticsearch.class);
        if (existing != null) {
            return existing;
        }
        String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "-"
                + context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "-";
        ElasticsearchClient client = ElasticsearchClients.connect(SharedElasticsearch.uri());
        TestElasticsearch es = new TestElasticsearch(SharedElasticsearch.uri(), client, new IndexNames(prefix));
        context.getStore(NAMESPACE).put(KEY, es);
        return es;
    }

    /** Fills the static fields (when {@code instance} is null) or the instance fields of type TestElasticsearch. */
    private static void inject(Class<?> type, Object instance, TestElasticsearch es) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getType() == TestElasticsearch.class && Modifier.isStatic(field.getModifiers()) == (instance == null)) {
                    try {
                        field.setAccessible(true);
                        field.set(instance, es);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("cannot set " + field, e);
                    }
                }
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        TestElasticsearch es = context.getStore(NAMESPACE).remove(KEY, TestElasticsearch.class);
        if (es == null) {
            return;
        }
        try {
            // Wildcard deletes are refused by default, so name the indices.
            var indices = es.client().indices().get(get -> get.index(es.indexNames().prefix() + "*")
                    .allowNoIndices(true).ignoreUnavailable(true)).result().keySet();
            if (!indices.isEmpty()) {
                es.client().indices().delete(delete -> delete.index(java.util.List.copyOf(indices)));
            }
        } finally {
            es.client()._transport().close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestElasticsearch.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(KEY, TestElasticsearch.class);
    }
}
