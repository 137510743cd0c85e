package dev.athanor.examples.session;

import static dev.athanor.sql.Sql.select;

import dev.athanor.examples.models.User;
import dev.athanor.examples.models.User_;
import dev.athanor.orm.Session;
import java.util.List;

/** The repository recipe: named queries over a session the caller owns. */
// tag::repository[]
public class UserRepository {
    private final Session session;

    public UserRepository(Session session) {
        this.session = session;
    }

    public User get(int id) {
        return session.get(User.class, id);
    }

    public User byEmail(String email) {
        return session.scalar(select(User.class).where(User_.email.eq(email)));
    }

    public List<User> search(String nameLike, int limit) {
        return session.scalars(select(User.class)
                .where(User_.username.ilike("%" + nameLike + "%")).limit(limit)).all();
    }

    public User create(String username, String email) {
        User user = new User(username, email);
        session.add(user);
        session.flush();                                   // the id is known from here on
        return user;
    }
}
// end::repository[]
