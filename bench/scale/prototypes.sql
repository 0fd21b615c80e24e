-- Prototypes of the fixes in docs/performance.md, measured by hand on pactum_scale_200k:
--   psql -h 127.0.0.1 -U postgres -d pactum_scale_200k -v actor=russian-federation \
--        -v treaty=divous-treaty-of-1950 -v number=9 -f bench/scale/prototypes.sql
-- Part 1 runs the rewritten SQL on the migrated schema; part 2 adds the candidate indexes
-- (scale_proto_*), runs it again, and part 3 drops them so the database matches the migrations.
\timing on
SELECT id AS actor_id FROM actors_actor WHERE slug = :'actor' \gset
SELECT a.id AS article_id FROM treaties_article a JOIN treaties_treaty t ON t.id = a.treaty_id
 WHERE t.slug = :'treaty' AND a.number = :'number' \gset

\echo === filtered count: EXISTS over the link tables only (no visibility re-joins) ===
PREPARE filtered_count AS
SELECT count(*) FROM commentary_takeaway t JOIN commentary_publication p ON p.id = t.publication_id
 WHERE t.editorial_status = 'published' AND p.editorial_status = 'published'
   AND EXISTS (SELECT 1 FROM commentary_mention m WHERE m.takeaway_id = t.id AND m.actor_id = :'actor_id'
               AND m.review_status <> 'rejected')
   AND EXISTS (SELECT 1 FROM commentary_citation c WHERE c.takeaway_id = t.id AND c.article_id = :'article_id'
               AND c.review_status <> 'rejected');
EXPLAIN (ANALYZE, BUFFERS) EXECUTE filtered_count;

\echo === co-mentions, bounded top 20, over the bare mention table ===
PREPARE comentions AS
SELECT m.actor_id, count(DISTINCT m.takeaway_id) AS takeaways, count(*) AS mentions
  FROM commentary_mention m
 WHERE m.review_status <> 'rejected' AND m.actor_id <> :'actor_id'
   AND m.takeaway_id IN (SELECT m1.takeaway_id FROM commentary_mention m1
                          WHERE m1.actor_id = :'actor_id' AND m1.review_status <> 'rejected')
 GROUP BY m.actor_id ORDER BY takeaways DESC, mentions DESC, m.actor_id LIMIT 20;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE comentions;

\echo === search: one pass over the matching documents, top 50 by rank (no correlated rank) ===
PREPARE search_top AS
SELECT t.id, ts_rank(d.vector, q) AS rank
  FROM search_searchdocument d, websearch_to_tsquery('english', 'military cooperation') q,
       commentary_takeaway t JOIN commentary_publication p ON p.id = t.publication_id
 WHERE d.kind = 'commentary.takeaway' AND d.vector @@ q AND t.id = d.object_id
   AND t.editorial_status = 'published' AND p.editorial_status = 'published'
 ORDER BY rank DESC, t.id LIMIT 50;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE search_top;

\echo === search: exact count capped at 1,000 (beyond: estimate) ===
PREPARE search_capped_count AS
SELECT count(*) FROM (SELECT 1 FROM search_searchdocument d
 WHERE d.kind = 'commentary.takeaway' AND d.vector @@ websearch_to_tsquery('english', 'military cooperation')
 LIMIT 1001) capped;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE search_capped_count;

\echo === list count: the planner estimate instead of COUNT(*) ===
EXPLAIN (FORMAT JSON) SELECT 1 FROM commentary_takeaway t JOIN commentary_publication p ON p.id = t.publication_id
 WHERE t.editorial_status = 'published' AND p.editorial_status = 'published';

\echo === export: the narrow query (no takeaway body), as a server-side cursor sees it ===
BEGIN;
EXPLAIN (ANALYZE, BUFFERS) SELECT m.id, t.id, t.slug, t.heading, a.id, a.slug, a.name, a.short_name, a.kind, a.iso3,
       m.start, m."end", m.quote, m.method, m.review_status, m.score
  FROM commentary_mention m JOIN commentary_takeaway t ON t.id = m.takeaway_id
  JOIN commentary_publication p ON p.id = t.publication_id JOIN actors_actor a ON a.id = m.actor_id
 WHERE t.editorial_status = 'published' AND p.editorial_status = 'published'
   AND m.review_status <> 'rejected' AND a.editorial_status = 'published'
 ORDER BY p.slug, t.position, m.start, m.id;
COMMIT;

\echo === part 2: candidate covering indexes ===
CREATE INDEX scale_proto_mention_actor_takeaway ON commentary_mention (actor_id, takeaway_id)
 WHERE review_status <> 'rejected';
CREATE INDEX scale_proto_mention_takeaway_actor ON commentary_mention (takeaway_id, actor_id)
 WHERE review_status <> 'rejected';
CREATE INDEX scale_proto_citation_article_takeaway ON commentary_citation (article_id, takeaway_id)
 WHERE review_status <> 'rejected';
CREATE INDEX scale_proto_citation_takeaway_article ON commentary_citation (takeaway_id, article_id)
 WHERE review_status <> 'rejected';
VACUUM ANALYZE commentary_mention;
VACUUM ANALYZE commentary_citation;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE filtered_count;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE comentions;

\echo === part 3: drop the prototypes ===
DROP INDEX scale_proto_mention_actor_takeaway, scale_proto_mention_takeaway_actor,
           scale_proto_citation_article_takeaway, scale_proto_citation_takeaway_article;
