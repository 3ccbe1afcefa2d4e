package nl.afsluitwijzer.practice;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A practice (or practice group) whose users share one set of clients and one policy. */
public class Practice {

    @Id
    private Long id;
    private String name;
    @Version
    private Integer version;

    protected Practice() {
    }

    public Practice(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
