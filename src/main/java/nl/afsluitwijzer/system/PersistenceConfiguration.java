package nl.afsluitwijzer.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.DefaultNamingStrategy;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;

/**
 * Child tables point to their aggregate with "<parent>_id" (goal.treatment_id). Derived names, not
 * explicit ones, because Spring Data JDBC quotes explicit names as written, which no single migration
 * can match on both H2 and PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    /** Loads an aggregate with its collections in one statement instead of one query per collection. */
    @Bean
    static BeanPostProcessor singleQueryLoading() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setSingleQueryLoadingEnabled(true);
                }
                return bean;
            }
        };
    }

    @Bean
    NamingStrategy namingStrategy() {
        return new DefaultNamingStrategy() {
            @Override
            public String getReverseColumnName(RelationalPersistentEntity<?> owner) {
                return getTableName(owner.getType()) + "_id";
            }

            @Override
            public String getReverseColumnName(RelationalPersistentProperty property) {
                return getReverseColumnName(property.getOwner());
            }
        };
    }
}
