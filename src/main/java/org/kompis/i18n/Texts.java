package org.kompis.i18n;

/** Messages bound to one language. */
public record Texts(Messages messages, Lang lang) {
  public String t(String key, Object... args) {
    return messages.get(lang, key, args);
  }
}
