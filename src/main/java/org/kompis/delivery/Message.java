package org.kompis.delivery;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** What a post says: the notification text and the blocks, built with the SDK's typed builders. */
public record Message(String text, List<LayoutBlock> blocks) {}
