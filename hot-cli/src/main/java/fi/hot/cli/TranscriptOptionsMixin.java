package fi.hot.cli;

import fi.hot.ingest.TranscriptOptions;
import fi.hot.internal.Dates;
import fi.hot.model.Channel;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How to read conversation transcripts: who the customer is and who speaks for whom. */
final class TranscriptOptionsMixin {

  @Option(
      names = "--customer",
      paramLabel = "ID",
      description = "Transcripts: the customer (overrides '# customer:').")
  String customer;

  @Option(
      names = "--rep",
      paramLabel = "NAME",
      split = ",",
      description = "Transcripts: a speaker on our side, besides Myyjä, Rep, Sales, Me, Minä.")
  List<String> ourSide = new ArrayList<>();

  @Option(
      names = "--speaker",
      paramLabel = "NAME",
      split = ",",
      description =
          "Transcripts: a speaker on the customer's side, besides Asiakas, Customer, Client.")
  List<String> customerSide = new ArrayList<>();

  @Option(
      names = "--channel",
      paramLabel = "C",
      description = "Transcripts: the channel (overrides '# channel:').")
  String channel;

  @Option(
      names = "--by",
      paramLabel = "NAME",
      description = "Transcripts: who logged it (overrides '# by:').")
  String by;

  @Option(
      names = "--at",
      paramLabel = "DATE",
      description = "Transcripts: when it was said (overrides '# date:'; UTC).")
  String at;

  TranscriptOptions options() {
    TranscriptOptions o =
        TranscriptOptions.defaults()
            .withOurSide(ourSide.toArray(String[]::new))
            .withCustomerSide(customerSide.toArray(String[]::new));
    if (customer != null) {
      o = o.withCustomer(customer);
    }
    if (channel != null) {
      o = o.withChannel(Channel.parse(channel));
    }
    if (by != null) {
      o = o.withBy(by);
    }
    if (at != null) {
      o = o.withAt(Dates.parse(at));
    }
    return o;
  }
}
