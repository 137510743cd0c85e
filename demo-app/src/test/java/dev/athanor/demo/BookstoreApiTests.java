package dev.athanor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"athanor.url=jdbc:h2:mem:bookstore-api;DB_CLOSE_DELAY=-1", "athanor.diagnostics.n-plus-one=raise",
                "athanor.diagnostics.n-plus-one-threshold=2"})
class BookstoreApiTests {

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void authorsCanBeCreatedReadRenamedAndDeleted() {
        HttpResponse<String> created = http.post("/api/authors", "{\"name\":\"Octavia Butler\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = Http.json(created).get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/authors/" + id);

        assertThat(Http.json(http.get("/api/authors/" + id)).get("name").asString()).isEqualTo("Octavia Butler");
        HttpResponse<String> renamed = http.put("/api/authors/" + id, "{\"name\":\"Octavia E. Butler\",\"version\":1}");
        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(Http.json(renamed).get("version").asInt()).isEqualTo(2);

        assertThat(http.delete("/api/authors/" + id).statusCode()).isEqualTo(204);
        assertThat(http.get("/api/authors/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aDuplicateAuthorNameIsAConflict() {
        http.post("/api/authors", "{\"name\":\"Twice\"}");
        HttpResponse<String> second = http.post("/api/authors", "{\"name\":\"Twice\"}");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void renamingFromAnOldVersionIsAConflict() {
        long id = Http.json(http.post("/api/authors", "{\"name\":\"Versioned\"}")).get("id").asLong();
        http.put("/api/authors/" + id, "{\"name\":\"Versioned 2\",\"version\":1}");
        HttpResponse<String> stale = http.put("/api/authors/" + id, "{\"name\":\"Versioned 3\",\"version\":1}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Http.json(stale).get("detail").asString()).contains("changed this row first");
    }

    @Test
    void anUnknownBookIsNotFoundAsProblemJson() {
        HttpResponse<String> response = http.get("/api/books/987654");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Http.json(response).get("detail").asString()).isEqualTo("Book 987654 not found");
    }

    @Test
    void aBlankNameIsABadRequestListingTheError() {
        HttpResponse<String> response = http.post("/api/authors", "{\"name\":\" \"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("errors").get(0).asString()).isEqualTo("name must not be blank");
    }

    @Test
    void aBookIsCreatedWithTagsReviewedAndDeletedWithItsReviews() {
        long author = Http.json(http.post("/api/authors", "{\"name\":\"Reviewed Author\"}")).get("id").asLong();
        HttpResponse<String> created = http.post("/api/books", "{\"title\":\"Kindred\",\"isbn\":\"isbn-kindred\","
                + "\"authorId\":" + author + ",\"price\":11.00,\"tags\":[\"Classic\",\"time\"]}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode book = Http.json(created);
        assertThat(book.get("tags").toString()).isEqualTo("[\"classic\",\"time\"]");
        long id = book.get("id").asLong();

        assertThat(http.post("/api/books/" + id + "/reviews", "{\"rating\":5,\"reviewer\":\"ann\"}").statusCode())
                .isEqualTo(201);
        assertThat(Http.json(http.get("/api/books/" + id)).get("reviews").size()).isEqualTo(1);
        assertThat(http.delete("/api/books/" + id).statusCode()).isEqualTo(204);
        assertThat(http.get("/api/books/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aReviewOutsideOneToFiveIsABadRequest() {
        assertThat(http.post("/api/books/1/reviews", "{\"rating\":9,\"reviewer\":\"x\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void bookListingsArePagedAndSorted() {
        JsonNode first = Http.json(http.get("/api/books?sort=title&page=0&size=2"));
        JsonNode second = Http.json(http.get("/api/books?sort=title&page=1&size=2"));
        assertThat(first.get("items").size()).isEqualTo(2);
        assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(first.get("items").get(0).get("title").asString())
                .isLessThanOrEqualTo(first.get("items").get(1).get("title").asString());
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("items").get(0).get("id").asLong())
                .isNotIn(first.get("items").get(0).get("id").asLong(), first.get("items").get(1).get("id").asLong());
    }

    @Test
    void bookListingsFilterByTagTitleAndAuthor() {
        JsonNode space = Http.json(http.get("/api/books?tag=space&sort=title"));
        assertThat(space.get("items").findValuesAsString("title")).containsExactly("Solaris", "The Dispossessed");
        assertThat(Http.json(http.get("/api/books?title=emm")).get("items").findValuesAsString("title"))
                .containsExactly("Emma");
        assertThat(Http.json(http.get("/api/books?author=lem")).get("items").get(0).get("author").asString())
                .isEqualTo("Stanisław Lem");
    }

    @Test
    void anUnknownSortIsABadRequest() {
        assertThat(http.get("/api/books?sort=colour").statusCode()).isEqualTo(400);
    }

    @Test
    void statisticsCountBooksPerAuthorIncludingAuthorsWithout() {
        http.post("/api/authors", "{\"name\":\"Zz No Books Yet\"}");
        JsonNode statistics = Http.json(http.get("/api/authors/statistics"));
        assertThat(statistics.findValuesAsString("name")).contains("Jane Austen", "Zz No Books Yet");
        for (JsonNode row : statistics) {
            if (row.get("name").asString().equals("Stanisław Lem")) {
                assertThat(row.get("books").asLong()).isEqualTo(1);
                assertThat(row.get("averageRating").asDouble()).isEqualTo(5.0);
            }
            if (row.get("name").asString().equals("Zz No Books Yet")) {
                assertThat(row.get("books").asLong()).isZero();
                assertThat(row.get("averageRating").isNull()).isTrue();
            }
        }
    }
}
