"""Every use of Whoosh's insides, in one package (pinned: ``whoosh-reloaded==2.7.5``).

The search package is built on Whoosh's public API. Where speed needed more (a
rebuild that writes its segments itself, a searcher refreshed segment by segment,
BM25 over arrays, phrases found from postings) it relies on things Whoosh does not
promise; they are all here, each pinned by a test in
``tests/core/search/test_whoosh_contract.py``. After a Whoosh upgrade, or a move to
another fork, this package is the one to change and that file the one to run;
``tests/core/search/test_whoosh_boundary.py`` keeps every other module off them.
Its modules: ``segments`` (the index, its segments and readers; a segment's own
files), ``writing`` (segments written by a rebuild; formats, columns, analysis),
``scoring`` (BM25 over arrays; matchers of our own) and ``blocks`` (postings read a
block at a time; a term looked up once). Everything is used through this package's
names (``from desktop_app.core.search import whoosh_adapter as wa``).

Where the line is
-----------------
Public, for any module: ``whoosh.index`` (``create_in``, ``open_dir``,
``exists_in``; an index's ``searcher``, ``writer``, ``latest_generation``,
``schema``, ``close``), ``whoosh.fields`` (field types, ``Schema``; a field's
``index``, ``to_bytes``, ``to_column_value``, ``column_type``, ``analyzer``,
``format`` as an object to hand back, and its flags), ``whoosh.analysis`` (with
``Token`` and ``Tokenizer`` to write an analyzer), ``whoosh.query`` (query
classes, subclassed with their documented ``matcher``), ``whoosh.qparser``,
``whoosh.searching``, ``whoosh.writing``, and ``whoosh.scoring``'s weighting
models (``BM25F`` and the like: ``scorer(...)`` and a scorer's ``score``). Also the
documented methods of what these hand back: a reader's ``leaf_readers``,
``postings``, ``doc_frequency``, ``doc_field_length``, ``column_reader``,
``all_doc_ids``, ``doc_count``, ``doc_count_all``, ``is_deleted``, ``lexicon``,
``term_info``, ``stored_fields``; a searcher's ``reader``, ``leaf_searchers``,
``context``, ``search``, ``docs_for_query``, ``document_numbers``, ``up_to_date``,
``weighting``; a matcher's ``is_active``, ``id``, ``next``, ``skip_to``,
``weight``, ``value``, ``score``.

Internal, here only: anything from another Whoosh module (``whoosh.codec``,
``whoosh.filedb``, ``whoosh.reading``, ``whoosh.matching``, ``whoosh.formats``,
``whoosh.columns``, ``whoosh.util``, ``whoosh.support``, ``whoosh.lang``,
``whoosh.system``, ...); the undocumented classes of public modules
(``whoosh.index.TOC``, ``clean_files``, ``whoosh.scoring.BM25FScorer``); an index's
``storage`` and ``indexname``; every underscore attribute of a Whoosh object; and
the behaviours Whoosh does not document that ``docs/whoosh_adapter.md`` lists,
numbered as the sections below cite them, each with its test in
``tests/core/search/test_whoosh_contract.py``.
"""

from __future__ import annotations

from desktop_app.core.search.whoosh_adapter.blocks import block_postings as block_postings
from desktop_app.core.search.whoosh_adapter.blocks import term_info as term_info
from desktop_app.core.search.whoosh_adapter.scoring import AND_NOT_SCORE as AND_NOT_SCORE
from desktop_app.core.search.whoosh_adapter.scoring import bm25_scores as bm25_scores
from desktop_app.core.search.whoosh_adapter.scoring import detached as detached
from desktop_app.core.search.whoosh_adapter.scoring import field_lengths as field_lengths
from desktop_app.core.search.whoosh_adapter.scoring import hits_matcher as hits_matcher
from desktop_app.core.search.whoosh_adapter.scoring import intersection_sum as intersection_sum
from desktop_app.core.search.whoosh_adapter.scoring import is_bm25 as is_bm25
from desktop_app.core.search.whoosh_adapter.scoring import lone_subquery as lone_subquery
from desktop_app.core.search.whoosh_adapter.scoring import score_one as score_one
from desktop_app.core.search.whoosh_adapter.scoring import weighting_for as weighting_for
from desktop_app.core.search.whoosh_adapter.segments import deleted_docs as deleted_docs
from desktop_app.core.search.whoosh_adapter.segments import live_doc_count as live_doc_count
from desktop_app.core.search.whoosh_adapter.segments import merge_small as merge_small
from desktop_app.core.search.whoosh_adapter.segments import opened_from as opened_from
from desktop_app.core.search.whoosh_adapter.segments import refreshed_searcher as refreshed_searcher
from desktop_app.core.search.whoosh_adapter.segments import segment_file as segment_file
from desktop_app.core.search.whoosh_adapter.segments import segment_id as segment_id
from desktop_app.core.search.whoosh_adapter.segments import segment_key as segment_key
from desktop_app.core.search.whoosh_adapter.segments import segment_sizes as segment_sizes
from desktop_app.core.search.whoosh_adapter.writing import ACCENT_MAP as ACCENT_MAP
from desktop_app.core.search.whoosh_adapter.writing import WRITER_OPTIONS as WRITER_OPTIONS
from desktop_app.core.search.whoosh_adapter.writing import CountedValues as CountedValues
from desktop_app.core.search.whoosh_adapter.writing import DocumentSink as DocumentSink
from desktop_app.core.search.whoosh_adapter.writing import NewSegment as NewSegment
from desktop_app.core.search.whoosh_adapter.writing import PostingSink as PostingSink
from desktop_app.core.search.whoosh_adapter.writing import field_boost as field_boost
from desktop_app.core.search.whoosh_adapter.writing import folder_storage as folder_storage
from desktop_app.core.search.whoosh_adapter.writing import has_positions as has_positions
from desktop_app.core.search.whoosh_adapter.writing import index_location as index_location
from desktop_app.core.search.whoosh_adapter.writing import plain_positions as plain_positions
from desktop_app.core.search.whoosh_adapter.writing import position_decoder as position_decoder
from desktop_app.core.search.whoosh_adapter.writing import position_encoder as position_encoder
from desktop_app.core.search.whoosh_adapter.writing import publish_segments as publish_segments
from desktop_app.core.search.whoosh_adapter.writing import stem_word as stem_word
from desktop_app.core.search.whoosh_adapter.writing import stored_length as stored_length
from desktop_app.core.search.whoosh_adapter.writing import term_positions as term_positions
from desktop_app.core.search.whoosh_adapter.writing import uint_column as uint_column
from desktop_app.core.search.whoosh_adapter.writing import write_term as write_term
