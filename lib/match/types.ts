/** What the matcher is compiled from: one entry per entity, its names as written in the press. */
export interface MatcherSource {
  /** Entity id, returned with every mention. */
  id: string;
  /** Arabic names and aliases, unnormalised. */
  aliases: readonly string[];
}

/** A found name: UTF-16 offsets into the scanned text, end exclusive. */
export interface Mention {
  start: number;
  end: number;
  entity: string;
}
