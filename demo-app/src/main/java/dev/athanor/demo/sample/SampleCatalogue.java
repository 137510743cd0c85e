package dev.athanor.demo.sample;

import static dev.athanor.sql.Sql.func;
import static dev.athanor.sql.Sql.select;

import dev.athanor.demo.author.Author;
import dev.athanor.demo.author.Author_;
import dev.athanor.demo.book.Book;
import dev.athanor.demo.book.Review;
import dev.athanor.demo.book.Tag;
import dev.athanor.demo.category.Category;
import dev.athanor.orm.Session;
import java.math.BigDecimal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty database with a few authors, books, tags and reviews, once: a database that
 * already has authors (a restart on the same H2 file) is left alone. Off with
 * {@code demo.sample-data=false}.
 */
@Component
@ConditionalOnProperty(name = "demo.sample-data", havingValue = "true", matchIfMissing = true)
public class SampleCatalogue implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SampleCatalogue.class);

    private final Session session;

    public SampleCatalogue(Session session) {
        this.session = session;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long authors = session.<Long>scalar(select(func.count(Author_.id)));
        if (authors > 0) {
            return;
        }
        Category fiction = new Category("Fiction", null);
        Category scienceFiction = new Category("Science fiction", fiction);
        Author le = new Author("Ursula K. Le Guin");
        Author lem = new Author("Stanisław Lem");
        Author austen = new Author("Jane Austen");
        Tag classic = new Tag("classic");
        Tag space = new Tag("space");
        Book dispossessed = new Book("The Dispossessed", "978-0061054884", le, scienceFiction, new BigDecimal("9.99"));
        dispossessed.getTags().addAll(List.of(classic, space));
        Book solaris = new Book("Solaris", "978-0156027601", lem, scienceFiction, new BigDecimal("12.50"));
        solaris.getTags().add(space);
        solaris.getReviews().add(new Review(5, "ada", "The ocean thinks."));
        Book emma = new Book("Emma", "978-0141439587", austen, fiction, new BigDecimal("7.25"));
        emma.getTags().add(classic);
        emma.getReviews().add(new Review(4, "grace", "Sharp and funny."));
        // the books bring their authors, categories, tags and reviews along (save-update cascade)
        session.addAll(List.of(dispossessed, solaris, emma));
        LOG.info("Loaded the sample catalogue: 3 authors, 3 books");
    }
}
