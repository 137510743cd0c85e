package dev.athanor.autoconfigure.diagnostics;

import static dev.athanor.orm.Load.selectinLoad;
import static dev.athanor.sql.Sql.select;

import dev.athanor.orm.Session;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/** Counts the books on every shelf, once with lazy loads (N+1) and once with selectinLoad. */
public class ShelfService {
    private final Session session;
    private final TransactionTemplate transactions;

    public ShelfService(Session session, TransactionTemplate transactions) {
        this.session = session;
        this.transactions = transactions;
    }

    public void stock(int shelves) {
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < shelves; i++) {
                Shelf shelf = new Shelf("shelf " + i);
                shelf.getBooks().add(new ShelvedBook("book " + i));
                session.add(shelf);
            }
        });
    }

    /** One SELECT for the shelves, then one per shelf. */
    public int countBooksLazily() {
        return transactions.execute(status -> count(session.<Shelf>scalars(select(Shelf.class)).all()));
    }

    /** Two SELECTs whatever the number of shelves. */
    public int countBooksWithSelectin() {
        return transactions.execute(status -> count(session.<Shelf>scalars(
                select(Shelf.class).options(selectinLoad(Shelf_.books))).all()));
    }

    private static int count(List<Shelf> shelves) {
        int books = 0;
        for (Shelf shelf : shelves) {
            books += shelf.getBooks().size();
        }
        return books;
    }
}
