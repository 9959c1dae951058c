package org.kompis.pairing;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.model.block.element.MultiUsersSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kompis.i18n.Texts;
import org.kompis.slack.Blocks;
import org.kompis.slack.Pickers;
import org.kompis.slack.Views;

/**
 * The profile modal: team or unit, what I can help with, what I want to learn (free tags, with the tags others use
 * as suggestions), pair or three, languages, people I would rather not meet, and "keep my profile private".
 * Block and action ids are the same: one input per block.
 */
final class ProfileModal {
    static final String CALLBACK = "pairs_profile_modal";
    static final String UNIT = "unit";
    static final String CAN_HELP = "can_help";
    static final String WANTS = "wants_to_learn";
    static final String SIZE = "size";
    static final String LANGUAGES = "languages";
    static final String OTHER_LANGUAGES = "other_languages";
    static final String RATHER_NOT = "rather_not";
    static final String PRIVATE = "private";
    static final List<String> KNOWN_LANGUAGES = List.of("nb", "sv", "en");
    static final int UNIT_MAX = 80;
    static final int TAGS_MAX = 600;

    /** What the person submitted, normalised; {@code errors} by block id when something must be fixed. */
    record Form(
            String unit,
            List<String> canHelp,
            List<String> wants,
            boolean prefersThree,
            List<String> languages,
            List<String> ratherNot,
            boolean isPrivate,
            Map<String, String> errors) {}

    private ProfileModal() {}

    /** @param saved the profile so far, or null; @param myLanguage ticked when there is no profile yet */
    static View build(Texts t, String channel, Profile saved, String myLanguage, List<String> suggestions) {
        String hint = suggestions.isEmpty()
                ? t.t("pairs.profile.tags.hint")
                : t.t("pairs.profile.tags.hint") + " "
                        + t.t("pairs.profile.tags.suggestions", String.join(", ", suggestions));
        List<String> languages = saved == null ? List.of(myLanguage) : saved.languageCodes();
        List<OptionObject> languageOptions = KNOWN_LANGUAGES.stream()
                .map(l -> Pickers.option(t.t("pairs.language." + l), l))
                .toList();
        List<OptionObject> ticked = languageOptions.stream()
                .filter(o -> languages.contains(o.getValue()))
                .toList();
        String others = String.join(
                ", ",
                languages.stream().filter(l -> !KNOWN_LANGUAGES.contains(l)).toList());
        OptionObject pair = Pickers.option(t.t("pairs.profile.size.pair"), "pair");
        OptionObject three = Pickers.option(t.t("pairs.profile.size.three"), "three");
        OptionObject privateOption = Pickers.option(t.t("pairs.profile.private.option"), PRIVATE);
        List<String> ratherNot = saved == null ? List.of() : saved.ratherNotIds();

        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.section(t.t("pairs.profile.intro")));
        blocks.add(Views.input(
                UNIT,
                t.t("pairs.profile.unit"),
                Views.text(UNIT, false, UNIT_MAX, saved == null ? null : saved.unit()),
                true,
                t.t("pairs.profile.unit.hint")));
        blocks.add(Views.input(
                CAN_HELP,
                t.t("pairs.profile.can_help"),
                Views.text(CAN_HELP, false, TAGS_MAX, saved == null ? null : String.join(", ", saved.canHelpTags())),
                true,
                hint));
        blocks.add(Views.input(
                WANTS,
                t.t("pairs.profile.wants"),
                Views.text(WANTS, false, TAGS_MAX, saved == null ? null : String.join(", ", saved.wantsToLearnTags())),
                true,
                hint));
        blocks.add(Views.input(
                SIZE,
                t.t("pairs.profile.size"),
                Pickers.select(SIZE, List.of(pair, three), saved != null && saved.prefersThree() ? "three" : "pair"),
                false,
                null));
        blocks.add(Views.input(
                LANGUAGES,
                t.t("pairs.profile.languages"),
                CheckboxesElement.builder()
                        .actionId(LANGUAGES)
                        .options(languageOptions)
                        .initialOptions(ticked.isEmpty() ? null : ticked)
                        .build(),
                true,
                null));
        blocks.add(Views.input(
                OTHER_LANGUAGES,
                t.t("pairs.profile.other_languages"),
                Views.text(OTHER_LANGUAGES, false, 200, others.isEmpty() ? null : others),
                true,
                t.t("pairs.profile.other_languages.hint")));
        blocks.add(Views.input(
                RATHER_NOT,
                t.t("pairs.profile.rather_not"),
                MultiUsersSelectElement.builder()
                        .actionId(RATHER_NOT)
                        .initialUsers(ratherNot.isEmpty() ? null : ratherNot)
                        .build(),
                true,
                t.t("pairs.profile.rather_not.hint")));
        blocks.add(Views.input(
                PRIVATE,
                t.t("pairs.profile.private"),
                CheckboxesElement.builder()
                        .actionId(PRIVATE)
                        .options(List.of(privateOption))
                        .initialOptions(saved != null && saved.isPrivate() ? List.of(privateOption) : null)
                        .build(),
                true,
                t.t("pairs.profile.private.hint")));
        return Views.modal(
                CALLBACK, t.t("pairs.profile.title"), t.t("pairs.profile.save"), t.t("pairs.cancel"), channel, blocks);
    }

    static Form parse(Texts t, ViewState state, String user) {
        Map<String, String> errors = new LinkedHashMap<>();
        String helpTyped = Views.value(state, CAN_HELP, CAN_HELP);
        String wantsTyped = Views.value(state, WANTS, WANTS);
        if (Tags.countTyped(helpTyped) > Tags.MAX_TAGS) {
            errors.put(CAN_HELP, t.t("pairs.profile.too_many", Tags.MAX_TAGS));
        }
        if (Tags.countTyped(wantsTyped) > Tags.MAX_TAGS) {
            errors.put(WANTS, t.t("pairs.profile.too_many", Tags.MAX_TAGS));
        }
        List<String> languages = new ArrayList<>(Views.values(state, LANGUAGES, LANGUAGES));
        for (String other : Tags.parse(Views.value(state, OTHER_LANGUAGES, OTHER_LANGUAGES))) {
            if (!languages.contains(other)) {
                languages.add(other);
            }
        }
        List<String> ratherNot = Views.values(state, RATHER_NOT, RATHER_NOT).stream()
                .filter(u -> !u.equals(user))
                .distinct()
                .toList();
        String unit = Views.value(state, UNIT, UNIT);
        return new Form(
                unit == null ? null : unit.strip().replaceAll("\\s+", " "),
                Tags.parse(helpTyped),
                Tags.parse(wantsTyped),
                "three".equals(Views.value(state, SIZE, SIZE)),
                List.copyOf(languages),
                ratherNot,
                Views.values(state, PRIVATE, PRIVATE).contains(PRIVATE),
                errors);
    }
}
