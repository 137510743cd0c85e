package dev.athanor.orm.model.keys;

import static dev.athanor.sql.Sql.text;

import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.orm.Registry;
import dev.athanor.schema.MetaData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The key types the relationship and loader tests run over, each with its entity pair: the same
 * one-to-many, many-to-one and many-to-many behaviour must hold whatever class holds the key.
 * Keys are numbered from 0; the {@code Long} keys lie beyond the range of {@code int}.
 */
public enum KeyType {
    INTEGER(IntParent.class, IntChild.class, IntLink.class) {
        @Override
        public Object parentKey(int n) {
            return n + 1;
        }

        @Override
        KeyedParent parent(int n, String name) {
            return new IntParent(n + 1, name);
        }

        @Override
        KeyedChild child(int n, String name) {
            return new IntChild(n + 101, name);
        }
    },
    LONG(LongParent.class, LongChild.class, LongLink.class) {
        @Override
        public Object parentKey(int n) {
            return (1L << 33) + n;
        }

        @Override
        KeyedParent parent(int n, String name) {
            return new LongParent((1L << 33) + n, name);
        }

        @Override
        KeyedChild child(int n, String name) {
            return new LongChild((1L << 34) + n, name);
        }
    },
    STRING(StrParent.class, StrChild.class, StrLink.class) {
        @Override
        public Object parentKey(int n) {
            return "parent-" + n;
        }

        @Override
        KeyedParent parent(int n, String name) {
            return new StrParent("parent-" + n, name);
        }

        @Override
        KeyedChild child(int n, String name) {
            return new StrChild("child-" + n, name);
        }
    },
    UUID_KEY(UuidParent.class, UuidChild.class, UuidLink.class) {
        @Override
        public Object parentKey(int n) {
            return new UUID(0x5eed_0000_0000_0000L, n);
        }

        @Override
        KeyedParent parent(int n, String name) {
            return new UuidParent((UUID) parentKey(n), name);
        }

        @Override
        KeyedChild child(int n, String name) {
            return new UuidChild(new UUID(0xc41d_0000_0000_0000L, n), name);
        }
    },
    COMPOSITE(CompParent.class, CompChild.class, CompLink.class) {
        @Override
        public Object parentKey(int n) {
            return List.of("r" + n % 2, n);
        }

        @Override
        KeyedParent parent(int n, String name) {
            return new CompParent("r" + n % 2, n, name);
        }

        @Override
        KeyedChild child(int n, String name) {
            return new CompChild("r" + n % 2, n, name);
        }

        /** Written by hand: the mapping declares one foreign key per field, the database needs composite ones. */
        @Override
        public void create(Registry registry, Engine engine) {
            drop(registry, engine);
            try (Connection conn = engine.connect()) {
                conn.execute(text("CREATE TABLE kt_comp_parent (region VARCHAR(10) NOT NULL, seq INTEGER NOT NULL,"
                        + " name VARCHAR(40), PRIMARY KEY (region, seq))"));
                conn.execute(text("CREATE TABLE kt_comp_child (region VARCHAR(10) NOT NULL, seq INTEGER NOT NULL,"
                        + " name VARCHAR(40), parent_region VARCHAR(10), parent_seq INTEGER, PRIMARY KEY (region, seq),"
                        + " FOREIGN KEY (parent_region, parent_seq) REFERENCES kt_comp_parent (region, seq))"));
                conn.execute(text("CREATE TABLE kt_comp_link (parent_region VARCHAR(10) NOT NULL,"
                        + " parent_seq INTEGER NOT NULL, child_region VARCHAR(10) NOT NULL, child_seq INTEGER NOT NULL,"
                        + " PRIMARY KEY (parent_region, parent_seq, child_region, child_seq),"
                        + " FOREIGN KEY (parent_region, parent_seq) REFERENCES kt_comp_parent (region, seq),"
                        + " FOREIGN KEY (child_region, child_seq) REFERENCES kt_comp_child (region, seq))"));
                conn.commit();
            }
        }
    };

    private final Class<? extends KeyedParent> parentClass;
    private final Class<? extends KeyedChild> childClass;
    private final Class<?> linkClass;

    KeyType(Class<? extends KeyedParent> parentClass, Class<? extends KeyedChild> childClass, Class<?> linkClass) {
        this.parentClass = parentClass;
        this.childClass = childClass;
        this.linkClass = linkClass;
    }

    /** A fresh registry of this key type's pair and link table. */
    public Registry registry() {
        return Registry.of(new MetaData(), List.of(parentClass, childClass, linkClass));
    }

    @SuppressWarnings("unchecked")
    public <P extends KeyedParent> Class<P> parentClass() {
        return (Class<P>) parentClass;
    }

    @SuppressWarnings("unchecked")
    public <C extends KeyedChild> Class<C> childClass() {
        return (Class<C>) childClass;
    }

    /** The primary key of parent {@code n} as {@code Session.get} takes it. */
    public abstract Object parentKey(int n);

    abstract KeyedParent parent(int n, String name);

    abstract KeyedChild child(int n, String name);

    /** Creates the pair's tables, dropping them first. */
    public void create(Registry registry, Engine engine) {
        registry.metadata().dropAll(engine);
        registry.metadata().createAll(engine);
    }

    /** Drops the pair's tables. */
    public void drop(Registry registry, Engine engine) {
        registry.metadata().dropAll(engine);
    }

    /**
     * Parents p0, p1, p2 (named so) and children c0…c6: c(2i) and c(2i+1) belong to pi, c6 to
     * none; p0 is tagged with c1 and c4, p1 with c0, p2 with nothing.
     */
    public List<Object> seed() {
        List<KeyedParent> parents = List.of(parent(0, "p0"), parent(1, "p1"), parent(2, "p2"));
        List<KeyedChild> children = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            KeyedChild child = child(i, "c" + i);
            if (i < 6) {
                children(parents.get(i / 2)).add(child);
            }
            children.add(child);
        }
        tagged(parents.get(0)).add(children.get(1));
        tagged(parents.get(0)).add(children.get(4));
        tagged(parents.get(1)).add(children.get(0));
        List<Object> all = new ArrayList<>(parents);
        all.addAll(children);
        return all;
    }

    @SuppressWarnings("unchecked")
    private static Collection<KeyedChild> children(KeyedParent parent) {
        return (Collection<KeyedChild>) parent.getChildren();
    }

    @SuppressWarnings("unchecked")
    private static Collection<KeyedChild> tagged(KeyedParent parent) {
        return (Collection<KeyedChild>) parent.getTagged();
    }
}
