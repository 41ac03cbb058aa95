package org.kirok.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.kirok.search.index.cipher.IndexKey;

/** A search index in a temporary directory for tests, with a fixed-key HMAC as the blind index. */
final class TestIndex implements AutoCloseable {
    static final List<FacetSpec> DIMENSIONS = List.of(new FacetSpec("act_type", false, false),
            new FacetSpec("place", true, false), new FacetSpec("perpetrator", false, true));
    static final Blinder BLINDER = TestIndex::hmac;

    final Path directory;
    final SearchIndex index;

    private TestIndex(Path directory, SearchIndex index) {
        this.directory = directory;
        this.index = index;
    }

    static TestIndex plain() {
        Path directory = temporary();
        return new TestIndex(directory, SearchIndex.open(new IndexStorage.Plain(directory), new Schema(DIMENSIONS), BLINDER));
    }

    static TestIndex encrypted() {
        Path directory = temporary();
        return new TestIndex(directory, SearchIndex.open(new IndexStorage.Encrypted(directory, IndexKey.random()),
                new Schema(DIMENSIONS), BLINDER));
    }

    static TestIndex open(IndexStorage storage, Path directory) {
        return new TestIndex(directory, SearchIndex.open(storage, new Schema(DIMENSIONS), BLINDER));
    }

    TestIndex add(SearchDocument... documents) {
        for (SearchDocument document : documents) {
            index.update(document, !document.protectedTexts().isEmpty());
        }
        index.refresh();
        return this;
    }

    /** Everything readable, identity access, no filters, ten hits, facets counted. */
    IndexResult search(String text) {
        return index.search(query(text, true, new MatchAllDocsQuery()));
    }

    static IndexQuery query(String text, boolean identity, Query access) {
        return new IndexQuery(QueryText.parse(text), identity, access, Set.of(), Map.of(), Map.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), SortOrder.RELEVANCE, 0, 10, 10, false);
    }

    List<UUID> ids(String text) {
        return search(text).hits().stream().map(IndexHit::id).toList();
    }

    static SearchDocument.Builder document(String type) {
        return SearchDocument.builder(type, UUID.randomUUID(), Access.PUBLIC_REFERENCE).title("en", type);
    }

    static SearchDocument text(String text) {
        return document("act").text(text).build();
    }

    static SearchDocument person(String... names) {
        UUID id = UUID.randomUUID();
        return SearchDocument.builder("person", id, Access.PUBLIC_REFERENCE).title("en", "P")
                .names(NameHashes.of(List.of(names), BLINDER)).subject(id).build();
    }

    private static byte[] hmac(String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("a test key, not a secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.Arrays.copyOf(mac.doFinal(key.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path temporary() {
        try {
            return Files.createTempDirectory("kirok-index-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        index.close();
    }
}
