package nl.afsluitwijzer.benchmark.practice;

import java.io.IOException;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The test fixtures on the class path are components too; the generator's context is the application alone.
 * Registered as a bean named after {@link TypeExcludeFilter}'s lookup, it leaves out every class of the test tree.
 */
final class ApplicationOnly extends TypeExcludeFilter {

    private final String testClasses = ApplicationOnly.class
            .getProtectionDomain()
            .getCodeSource()
            .getLocation()
            .toString();

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
        return reader.getResource().getURL().toString().startsWith(testClasses);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApplicationOnly;
    }

    @Override
    public int hashCode() {
        return ApplicationOnly.class.hashCode();
    }
}
