package org.kompis.core;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import org.kompis.i18n.Texts;

/**
 * One part of a person's App Home, contributed by a ritual: their upcoming rituals, open action items, current pair,
 * recent lessons. An empty list leaves the section out.
 */
@FunctionalInterface
public interface HomeSection {
    List<LayoutBlock> render(String teamId, String userId, Texts texts);
}
