package dev.athanor.demo.sample;

import static dev.athanor.sql.Sql.func;
import static dev.athanor.sql.Sql.select;

import dev.athanor.demo.author.Author;
import dev.athanor.demo.author.Author_;
import dev.athanor.demo.book.Book;
import dev.athanor.demo.book.BookTag;
import dev.athanor.demo.book.Review;
import dev.athanor.demo.book.Tag;
import dev.athanor.demo.category.Category;
import dev.athanor.orm.Session;
import java.math.BigDecimal;
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
        Session s = session;
        long authors = s.<Long>scalar(select(func.count(Author_.id)));
        if (authors > 0) {
            return;
        }
        Category fiction = saved(s, new Category("Fiction", null));
        Category scienceFiction = saved(s, new Category("Science fiction", fiction.getId()));
        Author le = saved(s, new Author("Ursula K. Le Guin"));
        Author lem = saved(s, new Author("Stanisław Lem"));
        Author austen = saved(s, new Author("Jane Austen"));
        Tag classic = saved(s, new Tag("classic"));
        Tag space = saved(s, new Tag("space"));
        Book dispossessed = saved(s, new Book("The Dispossessed", "978-0061054884", le.getId(),
                scienceFiction.getId(), new BigDecimal("9.99")));
        Book solaris = saved(s, new Book("Solaris", "978-0156027601", lem.getId(), scienceFiction.getId(),
                new BigDecimal("12.50")));
        Book emma = saved(s, new Book("Emma", "978-0141439587", austen.getId(), fiction.getId(),
                new BigDecimal("7.25")));
        s.addAll(java.util.List.of(new BookTag(dispossessed.getId(), classic.getId()),
                new BookTag(dispossessed.getId(), space.getId()), new BookTag(solaris.getId(), space.getId()),
                new BookTag(emma.getId(), classic.getId()),
                new Review(solaris.getId(), 5, "ada", "The ocean thinks."),
                new Review(emma.getId(), 4, "grace", "Sharp and funny.")));
        LOG.info("Loaded the sample catalogue: 3 authors, 3 books");
    }

    private static <T> T saved(Session s, T entity) {
        s.add(entity);
        s.flush();
        return entity;
    }
}
