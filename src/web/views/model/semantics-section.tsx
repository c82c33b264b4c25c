// What the figures mean and do not mean, next to the figures themselves.

export function SemanticsSection() {
  return (
    <section class="section" aria-labelledby="semantics-h">
      <h2 id="semantics-h">What these figures mean</h2>
      <ul class="plain">
        <li>
          An arena rank is a human-preference signal from pairwise votes on the LMArena leaderboard: rank (UB)
          is 1 plus the number of models certainly better (their lower 95% bound above this model's upper
          bound). It is not a measure of accuracy on any task, and ranks from different dates or arenas are
          not comparable.
        </li>
        <li>Usage (tokens on OpenRouter) shows adoption and traffic, not quality.</li>
        <li>
          The model-level price is the lowest provider's price. Providers can charge differently, and there
          are extra modes beyond input and output tokens (requests, images, web search, reasoning, cache reads
          and writes).
        </li>
        <li>
          A match links records from different sources that describe the same model; its confidence and
          evidence are shown above, and a missing link is preferred to a wrong one.
        </li>
      </ul>
      <p>
        Read more in <a href="/methodology">Methodology and data sources</a>.
      </p>
    </section>
  );
}
