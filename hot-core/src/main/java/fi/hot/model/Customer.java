package fi.hot.model;

import java.util.Objects;

/**
 * Who said it: a stable customer id (an account, a company, a person) and an optional display name.
 *
 * <pre>{@code
 * Customer acme = Customer.id("acme");
 * Customer named = Customer.of("acme", "Acme Oy");
 * }</pre>
 *
 * @param id stable id, never blank
 * @param name display name; empty when unknown
 */
public record Customer(String id, String name) {

  public Customer {
    Objects.requireNonNull(id, "id");
    id = id.strip();
    if (id.isEmpty()) {
      throw new IllegalArgumentException("customer id is blank");
    }
    name = name == null ? "" : name.strip();
  }

  /** A customer known by id only. */
  public static Customer id(String id) {
    return new Customer(id, "");
  }

  /** A customer with a display name. */
  public static Customer of(String id, String name) {
    return new Customer(id, name);
  }

  /** The name when known, else the id. */
  public String displayName() {
    return name.isEmpty() ? id : name;
  }
}
