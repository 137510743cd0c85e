package dev.athanor.examples.spring;

import dev.athanor.orm.Session;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The FastAPI application of the documents as a Spring Boot one: a service with the injected session and a controller. */
@SpringBootApplication
public class SpringExamplesApplication {

    /** A user as the endpoints show it. */
    public record UserView(Integer id, String username, String email) {
        static UserView of(User user) {
            return new UserView(user.getId(), user.getUsername(), user.getEmail());
        }
    }

    // tag::service[]
    /** {@code Depends(get_db)}: the injected Session is the one of the current transaction, closed when it ends. */
    @Service
    @Transactional
    public static class UserService {
        private final Session db;

        UserService(Session db) {
            this.db = db;
        }

        public UserView get(int userId) {
            User user = db.get(User.class, userId);
            if (user == null) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "User not found");
            }
            return UserView.of(user);
        }

        public UserView create(String username, String email) {
            User user = new User(username, email);
            db.add(user);
            db.flush();                                   // the id, before the response is built
            return UserView.of(user);
        }
    }
    // end::service[]

    // tag::controller[]
    @RestController
    public static class UserController {
        private final UserService users;

        UserController(UserService users) {
            this.users = users;
        }

        @GetMapping("/users/{userId}")
        public UserView getUser(@PathVariable int userId) {
            return users.get(userId);
        }

        @PostMapping("/users")
        public UserView createUser(@RequestBody UserView body) {
            return users.create(body.username(), body.email());
        }
    }
    // end::controller[]
}
