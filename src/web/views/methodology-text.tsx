// The fixed prose of the methodology page: rank (UB), prices and formats, semantics, known limits.

export const RULES = (
  <>
    <section class="section" aria-labelledby="rank">
      <h2 id="rank">How rank (UB) is computed</h2>
      <p>
        LMArena fits a Bradley–Terry model to pairwise human votes and publishes each model's rating with a
        95% confidence interval. A model's <strong>rank (UB)</strong> is 1 plus the number of models whose
        lower bound is above this model's upper bound: the models that are certainly better. Models whose
        intervals overlap share a rank, so several models can be #3, and a rank reads as "no model outside
        this set is certainly better". Ranks are computed within one file and one category; "#5 of 212" counts
        the models ranked in that same file.
      </p>
      <p>
        The style-controlled rank comes from LMArena's ratings with style control (answer length and markdown
        discounted). Category ranks (coding, math, hard prompts…) come from the category tables of the same
        leaderboard. Votes come from the published leaderboard table, whose date can differ from the ratings
        file; the page shows both dates.
      </p>
    </section>
    <section class="section" aria-labelledby="prices">
      <h2 id="prices">Prices and number formats</h2>
      <ul class="plain">
        <li>
          OpenRouter gives prices as decimal strings in USD per token. They are converted to USD per 1M tokens
          with decimal arithmetic, so <code>0.0000001</code> per token is exactly <strong>$0.10 / 1M</strong>,
          never $0.000.
        </li>
        <li>
          <code>0</code> is shown as <strong>Free</strong>; a negative price (the router's sentinel) as{' '}
          <strong>Variable</strong>; a missing price as <strong>Unknown</strong>. Unknown and Variable are
          never counted as free or cheapest.
        </li>
        <li>
          Precision adapts: whole dollars print without decimals ($15), others with at least two decimals and
          as many more as the value needs ($2.50, $0.075).
        </li>
        <li>
          The model-level price is the lowest provider's price; the providers table on a model page shows each
          provider where endpoint data exists. Extra modes (per request, per image, web search, reasoning
          tokens, cache reads and writes) are shown in their own units.
        </li>
        <li>
          The blended price weighs input and output 3 to 1: (3 × input + output) / 4, a common chat workload.
        </li>
        <li>
          Token counts use K, M, B with three significant digits: 128000 is 128K, 1048576 is 1.05M. Dates are
          ISO (YYYY-MM-DD).
        </li>
      </ul>
    </section>
    <section class="section" aria-labelledby="semantics">
      <h2 id="semantics">What the figures mean, and do not</h2>
      <ul class="plain">
        <li>
          An arena rank is a human-preference signal on the prompts arena visitors happen to write. It is not
          a universal measure of quality or accuracy, and ratings from different dates or arenas are on
          different scales.
        </li>
        <li>
          Usage (tokens per day on OpenRouter) measures adoption and traffic, not quality. It is cited as
          "Source: OpenRouter (openrouter.ai/rankings), as of DATE" under CC BY 4.0. Tokens are counted with
          each provider's own tokenizer. The 7- and 30-day figures add up the days that have data: a missing
          day is a gap, never 0, and a window with missing days says how many have data. Rank counts every
          model with tokens in the 7 days; share is of the whole platform's tokens, the daily top list's
          "other" row included. Week-to-date figures from the rankings page are never mixed with daily ones.
          Risers and fallers compare the 7 days to the snapshot date with the 7 days before, only for models
          with a figure on all 14 days.
        </li>
        <li>
          Prices differ by provider, region and time; check the provider before committing to a workload.
        </li>
        <li>
          A match confidence below high means the link between sources should be checked against its evidence.
        </li>
      </ul>
    </section>
  </>
);

export const LIMITS = (
  <section class="section" aria-labelledby="limits">
    <h2 id="limits">Known limits</h2>
    <ul class="plain">
      <li>
        The recorded price history starts in April 2025: no complete OpenRouter catalog from 2024 was found.
      </li>
      <li>
        Per-provider endpoint data exists for few models; elsewhere only the model-level price is known.
      </li>
      <li>
        Arena category breakdowns cover March to December 2025; earlier leaderboards have overall scores only.
      </li>
      <li>
        No single arena file has the model key, votes and categories together: keys are joined to display
        names through LMArena's key and price tables, and display names to votes through the leaderboard
        tables.
      </li>
      <li>Some 2026 catalog descriptions are truncated by the source itself (they end in "...").</li>
      <li>
        A filtered OpenRouter listing (for example, tools only) is never treated as the full catalog, so
        models absent from it are not reported as removed.
      </li>
      <li>
        Supported parameters are not listed in the oldest catalogs; such models show "Not listed by the
        source".
      </li>
    </ul>
  </section>
);
