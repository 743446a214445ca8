package fr.capacite.domain.shared;

import fr.capacite.domain.identity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An in-app notification. It stores an i18n key and its arguments, never a sentence, so that each
 * reader sees it in their own language.
 */
@Entity
@Table(name = "notification")
@NamedQuery(
    name = "Notification.findByRecipient",
    query =
        "SELECT n FROM Notification n WHERE n.recipient.username = :username ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(
    name = "Notification.countByRecipient",
    query = "SELECT COUNT(n) FROM Notification n WHERE n.recipient.username = :username")
@NamedQuery(
    name = "Notification.countUnread",
    query =
        "SELECT COUNT(n) FROM Notification n WHERE n.recipient.username = :username AND n.readAt IS NULL")
public class Notification {

  /** Separates the arguments in their column; arguments never contain it. */
  static final String SEPARATOR = "\u001F";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recipient_id", nullable = false)
  private User recipient;

  @Column(name = "message_key", nullable = false, length = 100)
  private String messageKey;

  @Column(nullable = false, length = 1000)
  private String arguments;

  /** A page of the application the notification leads to, relative to its root. */
  @Column(length = 300)
  private String link;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  public Notification(User recipient, String messageKey, String link, List<String> args) {
    this.recipient = recipient;
    this.messageKey = messageKey;
    this.link = link;
    this.arguments =
        String.join(SEPARATOR, args.stream().map(a -> a.replace(SEPARATOR, " ")).toList());
    this.createdAt = Instant.now();
  }

  public void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public List<String> argumentList() {
    return arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
  }

  public Long getId() {
    return id;
  }

  public User getRecipient() {
    return recipient;
  }

  public String getMessageKey() {
    return messageKey;
  }

  public String getLink() {
    return link;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
