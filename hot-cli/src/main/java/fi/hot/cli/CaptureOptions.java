package fi.hot.cli;

import fi.hot.internal.Dates;
import fi.hot.model.Channel;
import fi.hot.model.Customer;
import fi.hot.model.Language;
import fi.hot.model.Statement;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Who said it, where and when: the options add and log share. */
final class CaptureOptions {

  @Option(
      names = "--customer",
      paramLabel = "ID",
      description = "The customer's stable id, such as acme or kahvila-aroma.")
  String customer;

  @Option(names = "--name", paramLabel = "NAME", description = "The customer's display name.")
  String name = "";

  @Option(names = "--contact", paramLabel = "PERSON", description = "Who spoke for the customer.")
  String contact = "";

  @Option(
      names = "--channel",
      paramLabel = "C",
      description = "call, meeting, email, chat, ticket, survey, store, social or other.")
  String channel;

  @Option(
      names = "--by",
      paramLabel = "NAME",
      description = "Who logged it (default: $HOT_USER, else $USER).")
  String by;

  @Option(
      names = "--at",
      paramLabel = "DATE",
      description = "When it was said (2026-03-04 or 2026-03-04T10:15; UTC). Default: now.")
  String at;

  @Option(names = "--lang", paramLabel = "fi|en", description = "The language (default: detected).")
  String lang;

  @Option(names = "--tag", paramLabel = "TAG", split = ",", description = "Free tags.")
  List<String> tags = new ArrayList<>();

  Customer customer() {
    if (customer == null || customer.isBlank()) {
      throw new IllegalArgumentException("--customer is required");
    }
    return Customer.of(customer, name);
  }

  String capturedBy() {
    if (by != null) {
      return by;
    }
    String user = System.getenv("HOT_USER");
    if (user == null || user.isBlank()) {
      user = System.getenv("USER");
    }
    return user == null ? "" : user;
  }

  /** The draft of one statement with these options. */
  Statement.Draft draft(String text, String source) {
    Statement.Draft d =
        Statement.of(text, customer()).contact(contact).by(capturedBy()).source(source).tags(tags);
    if (channel != null) {
      d = d.channel(Channel.parse(channel));
    }
    if (at != null) {
      d = d.at(Dates.parse(at));
    }
    if (lang != null) {
      d = d.language(Language.parse(lang));
    }
    return d;
  }
}
