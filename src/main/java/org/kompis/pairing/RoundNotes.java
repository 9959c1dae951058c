package org.kompis.pairing;

import org.jdbi.v3.core.Handle;
import org.kompis.core.Speech;
import org.kompis.delivery.Delivery;
import org.kompis.delivery.Message;
import org.kompis.delivery.Outbox;
import org.kompis.delivery.OutboxRow;
import org.kompis.delivery.Post;
import org.kompis.i18n.Texts;

/**
 * A round's note in its channel: that it is matched, or that too few joined. Nobody waits for it, so it goes
 * through the outbox like every scheduled channel post (README > Project structure): one row per round and kind,
 * so sending a round again never posts its note twice, and the note's ts is kept in the same transaction.
 */
final class RoundNotes {
    static final String MATCHED = "pairs.round";
    static final String TOO_FEW = "pairs.too_few";

    private final RoundStore rounds;
    private final Speech speech;
    private final Outbox outbox;

    RoundNotes(RoundStore rounds, Speech speech, Outbox outbox) {
        this.rounds = rounds;
        this.speech = speech;
        this.outbox = outbox;
    }

    void register() {
        outbox.register(MATCHED, new Delivery() {
            @Override
            public Message render(OutboxRow row) {
                return rounds.round(row.teamId(), Long.parseLong(row.ref()))
                        .map(round -> {
                            Texts t = speech.channel(round.teamId(), round.channelId());
                            int groups = rounds.groups(round.id()).size();
                            return new Message(
                                    t.t("pairs.round.announce.text", round.roundNo()),
                                    PairsViews.announce(t, round, groups));
                        })
                        .orElse(null);
            }

            @Override
            public void sent(Handle h, OutboxRow row, String ts) {
                h.attach(RoundStore.class).announced(row.teamId(), Long.parseLong(row.ref()), ts);
            }
        });
        outbox.register(
                TOO_FEW,
                Delivery.rendering(row -> new Message(
                        speech.channel(row.teamId(), row.channelId()).t("pairs.round.too_few"), null)));
    }

    /** The "round N is matched" note, unless it was posted. */
    void matched(Round round) {
        if (round.announceTs() == null) {
            enqueue(round, MATCHED);
        }
    }

    /** A scheduled round with fewer than two people: said in the channel, so someone can invite more. */
    void tooFew(Round round) {
        enqueue(round, TOO_FEW);
    }

    private void enqueue(Round round, String kind) {
        outbox.enqueue(new Post(
                round.teamId(), kind + ":" + round.id(), round.channelId(), null, kind, String.valueOf(round.id())));
    }
}
