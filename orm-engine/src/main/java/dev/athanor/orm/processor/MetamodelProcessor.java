package dev.athanor.orm.processor;

import dev.athanor.orm.internal.Naming;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Generates the metamodel class {@code User_} for every {@code @Table} class {@code User}: a
 * {@code TABLE} constant and one typed {@code ColumnAttribute<User, T>} per column field, so a
 * misspelt attribute is a compile error. Column and table names are computed here with the
 * registry's own naming rules and written as constants; nothing in the generated class refers
 * to a registry.
 */
public final class MetamodelProcessor extends AbstractProcessor {
    private static final String TABLE = "dev.athanor.orm.annotation.Table";
    private static final String COLUMN = "dev.athanor.orm.annotation.Column";
    private static final String RELATIONSHIP = "dev.athanor.orm.annotation.Relationship";
    /** Marks a single-table subclass, which has no {@code @Table} of its own but a metamodel all the same. */
    private static final String IDENTITY = "dev.athanor.orm.annotation.PolymorphicIdentity";

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(TABLE, IDENTITY);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement table = processingEnv.getElementUtils().getTypeElement(TABLE);
        if (table == null) {
            return false;
        }
        Set<Element> entities = new java.util.LinkedHashSet<>(round.getElementsAnnotatedWith(table));
        TypeElement identity = processingEnv.getElementUtils().getTypeElement(IDENTITY);
        if (identity != null) {
            entities.addAll(round.getElementsAnnotatedWith(identity));
        }
        for (Element element : entities) {
            if (element.getKind() == ElementKind.CLASS) {
                generate((TypeElement) element);
            }
        }
        return false;
    }

    private void generate(TypeElement entity) {
        PackageElement pkg = processingEnv.getElementUtils().getPackageOf(entity);
        String packageName = pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
        String entityRef = nestedName(entity);
        String generatedName = entityRef.replace('.', '_') + "_";
        String source = render(entity, packageName, entityRef, generatedName);
        String qualified = packageName.isEmpty() ? generatedName : packageName + "." + generatedName;
        try (Writer writer = processingEnv.getFiler().createSourceFile(qualified, entity).openWriter()) {
            writer.write(source);
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "Cannot write metamodel " + qualified + ": " + e.getMessage(), entity);
        }
    }

    private String render(TypeElement entity, String packageName, String entityRef, String generatedName) {
        StringBuilder out = new StringBuilder();
        if (!packageName.isEmpty()) {
            out.append("package ").append(packageName).append(";\n\n");
        }
        TypeElement tableClass = tableClass(entity);
        String tableName = Naming.tableName(stringValue(tableClass, TABLE, "value"), tableClass.getSimpleName().toString());
        String schema = stringValue(tableClass, TABLE, "schema");
        out.append("/** The metamodel of {@link ").append(entityRef).append("}: its table and typed column attributes. */\n")
                .append("@javax.annotation.processing.Generated(\"").append(getClass().getName()).append("\")\n")
                .append("public final class ").append(generatedName).append(" {\n")
                .append("    /** The table of {@link ").append(entityRef).append("}. */\n")
                .append("    public static final dev.athanor.orm.EntityTable<").append(entityRef).append("> TABLE =\n")
                .append("            dev.athanor.orm.EntityTable.of(").append(entityRef).append(".class, ")
                .append(quote(tableName)).append(", ").append(quote(schema)).append(");\n");
        for (VariableElement field : fields(entity, false)) {
            String attribute = field.getSimpleName().toString();
            String column = Naming.columnName(stringValue(field, COLUMN, "name"), attribute);
            out.append("    /** Column {@code ").append(column).append("} of field {@link ").append(entityRef).append('#')
                    .append(attribute).append("}. */\n")
                    .append("    public static final dev.athanor.orm.ColumnAttribute<").append(entityRef).append(", ")
                    .append(boxed(field.asType())).append("> ").append(attribute).append(" =\n")
                    .append("            TABLE.attribute(").append(quote(attribute)).append(", ").append(quote(column))
                    .append(");\n");
        }
        for (VariableElement field : fields(entity, true)) {
            String attribute = field.getSimpleName().toString();
            String target = relationshipTarget(field.asType());
            out.append("    /** Relationship {@link ").append(entityRef).append('#').append(attribute).append("}. */\n")
                    .append("    public static final dev.athanor.orm.RelationshipAttribute<").append(entityRef).append(", ")
                    .append(target).append("> ").append(attribute).append(" =\n")
                    .append("            TABLE.relationship(").append(quote(attribute)).append(", ").append(target)
                    .append(".class);\n");
        }
        out.append("\n    private ").append(generatedName).append("() {\n    }\n}\n");
        return out.toString();
    }

    /**
     * Column fields ({@code relationships} false) or {@code @Relationship} fields as the registry
     * sees them: superclass fields first, no static or transient ones.
     */
    private List<VariableElement> fields(TypeElement entity, boolean relationships) {
        Deque<TypeElement> chain = new ArrayDeque<>();
        for (TypeElement type = entity; type != null; type = superclass(type)) {
            chain.push(type);
        }
        List<VariableElement> fields = new ArrayList<>();
        for (TypeElement type : chain) {
            for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
                Set<Modifier> modifiers = field.getModifiers();
                if (!modifiers.contains(Modifier.STATIC) && !modifiers.contains(Modifier.TRANSIENT)
                        && hasAnnotation(field, RELATIONSHIP) == relationships) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static boolean hasAnnotation(Element element, String annotation) {
        return element.getAnnotationMirrors().stream().anyMatch(mirror ->
                ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation));
    }

    /** The related class of a relationship field: the element type of {@code List<Book>}, else the field's type. */
    private String relationshipTarget(TypeMirror type) {
        if (type instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()) {
            TypeMirror element = declared.getTypeArguments().get(0);
            return processingEnv.getTypeUtils().erasure(element).toString();
        }
        return processingEnv.getTypeUtils().erasure(type).toString();
    }

    /** The class whose {@code @Table} names the entity's table: itself, or a single-table subclass's base. */
    private static TypeElement tableClass(TypeElement entity) {
        for (TypeElement type = entity; type != null; type = superclass(type)) {
            if (hasAnnotation(type, TABLE)) {
                return type;
            }
        }
        return entity;
    }

    private static TypeElement superclass(TypeElement type) {
        TypeMirror parent = type.getSuperclass();
        if (parent.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) parent).asElement();
        return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
    }

    private String boxed(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return processingEnv.getTypeUtils().boxedClass((PrimitiveType) type).getQualifiedName().toString();
        }
        return type.toString();
    }

    private static String nestedName(TypeElement type) {
        String name = type.getSimpleName().toString();
        Element enclosing = type.getEnclosingElement();
        if (type.getNestingKind() == NestingKind.MEMBER && enclosing instanceof TypeElement outer) {
            return nestedName(outer) + "." + name;
        }
        return name;
    }

    /** A String member of an annotation on an element, or "" when absent. */
    private static String stringValue(Element element, String annotation, String member) {
        return element.getAnnotationMirrors().stream()
                .filter(mirror -> ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
                        .contentEquals(annotation))
                .flatMap(mirror -> mirror.getElementValues().entrySet().stream())
                .filter(entry -> entry.getKey().getSimpleName().contentEquals(member))
                .map(entry -> String.valueOf(entry.getValue().getValue()))
                .findFirst().orElse("");
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
