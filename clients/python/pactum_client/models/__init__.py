"""Contains all the data models used in inputs/outputs"""

from .actor import Actor
from .actor_alias import ActorAlias
from .actor_kind_enum import ActorKindEnum
from .actor_list import ActorList
from .actor_relation import ActorRelation
from .actor_summary import ActorSummary
from .actor_write_request import ActorWriteRequest
from .actors_create_format import ActorsCreateFormat
from .actors_destroy_format import ActorsDestroyFormat
from .actors_export_retrieve_confidence_item import ActorsExportRetrieveConfidenceItem
from .actors_export_retrieve_embed_item import ActorsExportRetrieveEmbedItem
from .actors_export_retrieve_format import ActorsExportRetrieveFormat
from .actors_export_retrieve_kind_item import ActorsExportRetrieveKindItem
from .actors_history_list_embed_item import ActorsHistoryListEmbedItem
from .actors_history_list_format import ActorsHistoryListFormat
from .actors_list_confidence_item import ActorsListConfidenceItem
from .actors_list_embed_item import ActorsListEmbedItem
from .actors_list_format import ActorsListFormat
from .actors_list_kind_item import ActorsListKindItem
from .actors_partial_update_format import ActorsPartialUpdateFormat
from .actors_retrieve_embed_item import ActorsRetrieveEmbedItem
from .actors_retrieve_format import ActorsRetrieveFormat
from .actors_update_format import ActorsUpdateFormat
from .alias_kind_enum import AliasKindEnum
from .article import Article
from .article_commentary import ArticleCommentary
from .article_lineage import ArticleLineage
from .article_link_in import ArticleLinkIn
from .article_link_kind_enum import ArticleLinkKindEnum
from .article_link_out import ArticleLinkOut
from .article_list import ArticleList
from .article_ref import ArticleRef
from .article_summary import ArticleSummary
from .article_write_request import ArticleWriteRequest
from .articles_create_format import ArticlesCreateFormat
from .articles_destroy_format import ArticlesDestroyFormat
from .articles_export_retrieve_confidence_item import ArticlesExportRetrieveConfidenceItem
from .articles_export_retrieve_embed_item import ArticlesExportRetrieveEmbedItem
from .articles_export_retrieve_format import ArticlesExportRetrieveFormat
from .articles_export_retrieve_treaty_kind_item import ArticlesExportRetrieveTreatyKindItem
from .articles_export_retrieve_treaty_status_item import ArticlesExportRetrieveTreatyStatusItem
from .articles_history_list_embed_item import ArticlesHistoryListEmbedItem
from .articles_history_list_format import ArticlesHistoryListFormat
from .articles_list_confidence_item import ArticlesListConfidenceItem
from .articles_list_embed_item import ArticlesListEmbedItem
from .articles_list_format import ArticlesListFormat
from .articles_list_treaty_kind_item import ArticlesListTreatyKindItem
from .articles_list_treaty_status_item import ArticlesListTreatyStatusItem
from .articles_partial_update_format import ArticlesPartialUpdateFormat
from .articles_retrieve_embed_item import ArticlesRetrieveEmbedItem
from .articles_retrieve_format import ArticlesRetrieveFormat
from .articles_update_format import ArticlesUpdateFormat
from .authorship import Authorship
from .autocomplete_hit import AutocompleteHit
from .autocomplete_hit_type_enum import AutocompleteHitTypeEnum
from .autocomplete_response import AutocompleteResponse
from .autocomplete_type_item import AutocompleteTypeItem
from .change_event import ChangeEvent
from .change_feed import ChangeFeed
from .change_kind_enum import ChangeKindEnum
from .change_record import ChangeRecord
from .changes_retrieve_format import ChangesRetrieveFormat
from .changes_retrieve_resource import ChangesRetrieveResource
from .citation import Citation
from .citation_summary import CitationSummary
from .citation_write_request import CitationWriteRequest
from .citations_create_format import CitationsCreateFormat
from .citations_destroy_format import CitationsDestroyFormat
from .citations_export_retrieve_format import CitationsExportRetrieveFormat
from .citations_export_retrieve_method_item import CitationsExportRetrieveMethodItem
from .citations_export_retrieve_review_status_item import CitationsExportRetrieveReviewStatusItem
from .citations_history_list_format import CitationsHistoryListFormat
from .citations_list_format import CitationsListFormat
from .citations_list_method_item import CitationsListMethodItem
from .citations_list_review_status_item import CitationsListReviewStatusItem
from .citations_partial_update_format import CitationsPartialUpdateFormat
from .citations_retrieve_format import CitationsRetrieveFormat
from .citations_update_format import CitationsUpdateFormat
from .claim import Claim
from .claim_article import ClaimArticle
from .claim_summary import ClaimSummary
from .claim_write_request import ClaimWriteRequest
from .claims_create_format import ClaimsCreateFormat
from .claims_destroy_format import ClaimsDestroyFormat
from .claims_export_retrieve_confidence_item import ClaimsExportRetrieveConfidenceItem
from .claims_export_retrieve_format import ClaimsExportRetrieveFormat
from .claims_export_retrieve_stance_item import ClaimsExportRetrieveStanceItem
from .claims_history_list_format import ClaimsHistoryListFormat
from .claims_list_confidence_item import ClaimsListConfidenceItem
from .claims_list_format import ClaimsListFormat
from .claims_list_stance_item import ClaimsListStanceItem
from .claims_partial_update_format import ClaimsPartialUpdateFormat
from .claims_retrieve_format import ClaimsRetrieveFormat
from .claims_update_format import ClaimsUpdateFormat
from .co_mention import CoMention
from .confidence_enum import ConfidenceEnum
from .corrected_record import CorrectedRecord
from .correction import Correction
from .correction_change import CorrectionChange
from .correction_list import CorrectionList
from .corrections_list_format import CorrectionsListFormat
from .corrections_retrieve_format import CorrectionsRetrieveFormat
from .delivery import Delivery
from .delivery_attempt import DeliveryAttempt
from .delivery_status_enum import DeliveryStatusEnum
from .editorial_status_enum import EditorialStatusEnum
from .event import Event
from .event_kind_enum import EventKindEnum
from .event_participant import EventParticipant
from .event_summary import EventSummary
from .event_write_request import EventWriteRequest
from .events_create_format import EventsCreateFormat
from .events_destroy_format import EventsDestroyFormat
from .events_export_retrieve_confidence_item import EventsExportRetrieveConfidenceItem
from .events_export_retrieve_format import EventsExportRetrieveFormat
from .events_export_retrieve_kind_item import EventsExportRetrieveKindItem
from .events_history_list_format import EventsHistoryListFormat
from .events_list_confidence_item import EventsListConfidenceItem
from .events_list_format import EventsListFormat
from .events_list_kind_item import EventsListKindItem
from .events_partial_update_format import EventsPartialUpdateFormat
from .events_retrieve_format import EventsRetrieveFormat
from .events_update_format import EventsUpdateFormat
from .expert import Expert
from .expert_summary import ExpertSummary
from .expert_write_request import ExpertWriteRequest
from .experts_create_format import ExpertsCreateFormat
from .experts_destroy_format import ExpertsDestroyFormat
from .experts_export_retrieve_format import ExpertsExportRetrieveFormat
from .experts_history_list_format import ExpertsHistoryListFormat
from .experts_list_format import ExpertsListFormat
from .experts_partial_update_format import ExpertsPartialUpdateFormat
from .experts_retrieve_format import ExpertsRetrieveFormat
from .experts_update_format import ExpertsUpdateFormat
from .history_change import HistoryChange
from .history_version import HistoryVersion
from .history_version_type_enum import HistoryVersionTypeEnum
from .keyed_by_enum import KeyedByEnum
from .lineage_edge import LineageEdge
from .link_method_enum import LinkMethodEnum
from .match_enum import MatchEnum
from .mention import Mention
from .mention_summary import MentionSummary
from .mention_write_request import MentionWriteRequest
from .mentions_create_format import MentionsCreateFormat
from .mentions_destroy_format import MentionsDestroyFormat
from .mentions_export_retrieve_format import MentionsExportRetrieveFormat
from .mentions_export_retrieve_method_item import MentionsExportRetrieveMethodItem
from .mentions_export_retrieve_review_status_item import MentionsExportRetrieveReviewStatusItem
from .mentions_history_list_format import MentionsHistoryListFormat
from .mentions_list_format import MentionsListFormat
from .mentions_list_method_item import MentionsListMethodItem
from .mentions_list_review_status_item import MentionsListReviewStatusItem
from .mentions_partial_update_format import MentionsPartialUpdateFormat
from .mentions_retrieve_format import MentionsRetrieveFormat
from .mentions_update_format import MentionsUpdateFormat
from .network import Network
from .network_actors_format import NetworkActorsFormat
from .network_edge import NetworkEdge
from .network_node import NetworkNode
from .paginated_actor_list_list import PaginatedActorListList
from .paginated_actor_list_list_groups_item import PaginatedActorListListGroupsItem
from .paginated_article_list_list import PaginatedArticleListList
from .paginated_article_list_list_groups_item import PaginatedArticleListListGroupsItem
from .paginated_citation_summary_list import PaginatedCitationSummaryList
from .paginated_citation_summary_list_groups_item import PaginatedCitationSummaryListGroupsItem
from .paginated_claim_summary_list import PaginatedClaimSummaryList
from .paginated_claim_summary_list_groups_item import PaginatedClaimSummaryListGroupsItem
from .paginated_correction_list_list import PaginatedCorrectionListList
from .paginated_correction_list_list_groups_item import PaginatedCorrectionListListGroupsItem
from .paginated_delivery_list import PaginatedDeliveryList
from .paginated_delivery_list_groups_item import PaginatedDeliveryListGroupsItem
from .paginated_event_summary_list import PaginatedEventSummaryList
from .paginated_event_summary_list_groups_item import PaginatedEventSummaryListGroupsItem
from .paginated_expert_summary_list import PaginatedExpertSummaryList
from .paginated_expert_summary_list_groups_item import PaginatedExpertSummaryListGroupsItem
from .paginated_mention_summary_list import PaginatedMentionSummaryList
from .paginated_mention_summary_list_groups_item import PaginatedMentionSummaryListGroupsItem
from .paginated_provision_type_summary_list import PaginatedProvisionTypeSummaryList
from .paginated_provision_type_summary_list_groups_item import PaginatedProvisionTypeSummaryListGroupsItem
from .paginated_publication_summary_list import PaginatedPublicationSummaryList
from .paginated_publication_summary_list_groups_item import PaginatedPublicationSummaryListGroupsItem
from .paginated_subscription_list import PaginatedSubscriptionList
from .paginated_subscription_list_groups_item import PaginatedSubscriptionListGroupsItem
from .paginated_takeaway_list_list import PaginatedTakeawayListList
from .paginated_takeaway_list_list_groups_item import PaginatedTakeawayListListGroupsItem
from .paginated_topic_summary_list import PaginatedTopicSummaryList
from .paginated_topic_summary_list_groups_item import PaginatedTopicSummaryListGroupsItem
from .paginated_treaty_summary_list import PaginatedTreatySummaryList
from .paginated_treaty_summary_list_groups_item import PaginatedTreatySummaryListGroupsItem
from .patched_actor_write_request import PatchedActorWriteRequest
from .patched_article_write_request import PatchedArticleWriteRequest
from .patched_citation_write_request import PatchedCitationWriteRequest
from .patched_claim_write_request import PatchedClaimWriteRequest
from .patched_event_write_request import PatchedEventWriteRequest
from .patched_expert_write_request import PatchedExpertWriteRequest
from .patched_mention_write_request import PatchedMentionWriteRequest
from .patched_provision_type_write_request import PatchedProvisionTypeWriteRequest
from .patched_publication_write_request import PatchedPublicationWriteRequest
from .patched_takeaway_write_request import PatchedTakeawayWriteRequest
from .patched_topic_write_request import PatchedTopicWriteRequest
from .patched_treaty_write_request import PatchedTreatyWriteRequest
from .policy_usage import PolicyUsage
from .problem import Problem
from .problem_errors import ProblemErrors
from .problem_suggestions import ProblemSuggestions
from .provision_coding import ProvisionCoding
from .provision_type import ProvisionType
from .provision_type_summary import ProvisionTypeSummary
from .provision_type_write_request import ProvisionTypeWriteRequest
from .provision_types_create_format import ProvisionTypesCreateFormat
from .provision_types_destroy_format import ProvisionTypesDestroyFormat
from .provision_types_export_retrieve_format import ProvisionTypesExportRetrieveFormat
from .provision_types_history_list_format import ProvisionTypesHistoryListFormat
from .provision_types_list_format import ProvisionTypesListFormat
from .provision_types_partial_update_format import ProvisionTypesPartialUpdateFormat
from .provision_types_retrieve_format import ProvisionTypesRetrieveFormat
from .provision_types_update_format import ProvisionTypesUpdateFormat
from .publication import Publication
from .publication_kind_enum import PublicationKindEnum
from .publication_summary import PublicationSummary
from .publication_write_request import PublicationWriteRequest
from .publications_create_format import PublicationsCreateFormat
from .publications_destroy_format import PublicationsDestroyFormat
from .publications_export_retrieve_format import PublicationsExportRetrieveFormat
from .publications_export_retrieve_kind_item import PublicationsExportRetrieveKindItem
from .publications_history_list_format import PublicationsHistoryListFormat
from .publications_list_format import PublicationsListFormat
from .publications_list_kind_item import PublicationsListKindItem
from .publications_partial_update_format import PublicationsPartialUpdateFormat
from .publications_retrieve_format import PublicationsRetrieveFormat
from .publications_update_format import PublicationsUpdateFormat
from .reference import Reference
from .reference_kind_enum import ReferenceKindEnum
from .relation_kind_enum import RelationKindEnum
from .resolve_context_request import ResolveContextRequest
from .resolve_request_request import ResolveRequestRequest
from .resolve_response import ResolveResponse
from .review_status_enum import ReviewStatusEnum
from .search_hit import SearchHit
from .search_hit_type_enum import SearchHitTypeEnum
from .search_response import SearchResponse
from .search_response_counts import SearchResponseCounts
from .search_type_item import SearchTypeItem
from .source import Source
from .stance_enum import StanceEnum
from .subscription import Subscription
from .subscription_request import SubscriptionRequest
from .takeaway import Takeaway
from .takeaway_citation import TakeawayCitation
from .takeaway_list import TakeawayList
from .takeaway_mention import TakeawayMention
from .takeaway_ref import TakeawayRef
from .takeaway_summary import TakeawaySummary
from .takeaway_write_request import TakeawayWriteRequest
from .takeaways_create_format import TakeawaysCreateFormat
from .takeaways_destroy_format import TakeawaysDestroyFormat
from .takeaways_export_retrieve_confidence_item import TakeawaysExportRetrieveConfidenceItem
from .takeaways_export_retrieve_embed_item import TakeawaysExportRetrieveEmbedItem
from .takeaways_export_retrieve_format import TakeawaysExportRetrieveFormat
from .takeaways_history_list_embed_item import TakeawaysHistoryListEmbedItem
from .takeaways_history_list_format import TakeawaysHistoryListFormat
from .takeaways_list_confidence_item import TakeawaysListConfidenceItem
from .takeaways_list_embed_item import TakeawaysListEmbedItem
from .takeaways_list_format import TakeawaysListFormat
from .takeaways_partial_update_format import TakeawaysPartialUpdateFormat
from .takeaways_retrieve_embed_item import TakeawaysRetrieveEmbedItem
from .takeaways_retrieve_format import TakeawaysRetrieveFormat
from .takeaways_update_format import TakeawaysUpdateFormat
from .timeline_entry import TimelineEntry
from .timeline_entry_kind_enum import TimelineEntryKindEnum
from .timeline_entry_type_enum import TimelineEntryTypeEnum
from .timeline_format import TimelineFormat
from .timeline_response import TimelineResponse
from .topic import Topic
from .topic_summary import TopicSummary
from .topic_write_request import TopicWriteRequest
from .topics_create_format import TopicsCreateFormat
from .topics_destroy_format import TopicsDestroyFormat
from .topics_export_retrieve_format import TopicsExportRetrieveFormat
from .topics_history_list_format import TopicsHistoryListFormat
from .topics_list_format import TopicsListFormat
from .topics_partial_update_format import TopicsPartialUpdateFormat
from .topics_retrieve_format import TopicsRetrieveFormat
from .topics_update_format import TopicsUpdateFormat
from .treaties_articles_retrieve_embed_item import TreatiesArticlesRetrieveEmbedItem
from .treaties_articles_retrieve_format import TreatiesArticlesRetrieveFormat
from .treaties_create_format import TreatiesCreateFormat
from .treaties_destroy_format import TreatiesDestroyFormat
from .treaties_export_retrieve_confidence_item import TreatiesExportRetrieveConfidenceItem
from .treaties_export_retrieve_format import TreatiesExportRetrieveFormat
from .treaties_export_retrieve_kind_item import TreatiesExportRetrieveKindItem
from .treaties_export_retrieve_status_item import TreatiesExportRetrieveStatusItem
from .treaties_history_list_format import TreatiesHistoryListFormat
from .treaties_list_confidence_item import TreatiesListConfidenceItem
from .treaties_list_format import TreatiesListFormat
from .treaties_list_kind_item import TreatiesListKindItem
from .treaties_list_status_item import TreatiesListStatusItem
from .treaties_partial_update_format import TreatiesPartialUpdateFormat
from .treaties_retrieve_format import TreatiesRetrieveFormat
from .treaties_update_format import TreatiesUpdateFormat
from .treaty import Treaty
from .treaty_kind_enum import TreatyKindEnum
from .treaty_party import TreatyParty
from .treaty_status_enum import TreatyStatusEnum
from .treaty_summary import TreatySummary
from .treaty_write_request import TreatyWriteRequest
from .usage import Usage

__all__ = (
    "Actor",
    "ActorAlias",
    "ActorKindEnum",
    "ActorList",
    "ActorRelation",
    "ActorsCreateFormat",
    "ActorsDestroyFormat",
    "ActorsExportRetrieveConfidenceItem",
    "ActorsExportRetrieveEmbedItem",
    "ActorsExportRetrieveFormat",
    "ActorsExportRetrieveKindItem",
    "ActorsHistoryListEmbedItem",
    "ActorsHistoryListFormat",
    "ActorsListConfidenceItem",
    "ActorsListEmbedItem",
    "ActorsListFormat",
    "ActorsListKindItem",
    "ActorsPartialUpdateFormat",
    "ActorsRetrieveEmbedItem",
    "ActorsRetrieveFormat",
    "ActorSummary",
    "ActorsUpdateFormat",
    "ActorWriteRequest",
    "AliasKindEnum",
    "Article",
    "ArticleCommentary",
    "ArticleLineage",
    "ArticleLinkIn",
    "ArticleLinkKindEnum",
    "ArticleLinkOut",
    "ArticleList",
    "ArticleRef",
    "ArticlesCreateFormat",
    "ArticlesDestroyFormat",
    "ArticlesExportRetrieveConfidenceItem",
    "ArticlesExportRetrieveEmbedItem",
    "ArticlesExportRetrieveFormat",
    "ArticlesExportRetrieveTreatyKindItem",
    "ArticlesExportRetrieveTreatyStatusItem",
    "ArticlesHistoryListEmbedItem",
    "ArticlesHistoryListFormat",
    "ArticlesListConfidenceItem",
    "ArticlesListEmbedItem",
    "ArticlesListFormat",
    "ArticlesListTreatyKindItem",
    "ArticlesListTreatyStatusItem",
    "ArticlesPartialUpdateFormat",
    "ArticlesRetrieveEmbedItem",
    "ArticlesRetrieveFormat",
    "ArticleSummary",
    "ArticlesUpdateFormat",
    "ArticleWriteRequest",
    "Authorship",
    "AutocompleteHit",
    "AutocompleteHitTypeEnum",
    "AutocompleteResponse",
    "AutocompleteTypeItem",
    "ChangeEvent",
    "ChangeFeed",
    "ChangeKindEnum",
    "ChangeRecord",
    "ChangesRetrieveFormat",
    "ChangesRetrieveResource",
    "Citation",
    "CitationsCreateFormat",
    "CitationsDestroyFormat",
    "CitationsExportRetrieveFormat",
    "CitationsExportRetrieveMethodItem",
    "CitationsExportRetrieveReviewStatusItem",
    "CitationsHistoryListFormat",
    "CitationsListFormat",
    "CitationsListMethodItem",
    "CitationsListReviewStatusItem",
    "CitationsPartialUpdateFormat",
    "CitationsRetrieveFormat",
    "CitationSummary",
    "CitationsUpdateFormat",
    "CitationWriteRequest",
    "Claim",
    "ClaimArticle",
    "ClaimsCreateFormat",
    "ClaimsDestroyFormat",
    "ClaimsExportRetrieveConfidenceItem",
    "ClaimsExportRetrieveFormat",
    "ClaimsExportRetrieveStanceItem",
    "ClaimsHistoryListFormat",
    "ClaimsListConfidenceItem",
    "ClaimsListFormat",
    "ClaimsListStanceItem",
    "ClaimsPartialUpdateFormat",
    "ClaimsRetrieveFormat",
    "ClaimSummary",
    "ClaimsUpdateFormat",
    "ClaimWriteRequest",
    "CoMention",
    "ConfidenceEnum",
    "CorrectedRecord",
    "Correction",
    "CorrectionChange",
    "CorrectionList",
    "CorrectionsListFormat",
    "CorrectionsRetrieveFormat",
    "Delivery",
    "DeliveryAttempt",
    "DeliveryStatusEnum",
    "EditorialStatusEnum",
    "Event",
    "EventKindEnum",
    "EventParticipant",
    "EventsCreateFormat",
    "EventsDestroyFormat",
    "EventsExportRetrieveConfidenceItem",
    "EventsExportRetrieveFormat",
    "EventsExportRetrieveKindItem",
    "EventsHistoryListFormat",
    "EventsListConfidenceItem",
    "EventsListFormat",
    "EventsListKindItem",
    "EventsPartialUpdateFormat",
    "EventsRetrieveFormat",
    "EventSummary",
    "EventsUpdateFormat",
    "EventWriteRequest",
    "Expert",
    "ExpertsCreateFormat",
    "ExpertsDestroyFormat",
    "ExpertsExportRetrieveFormat",
    "ExpertsHistoryListFormat",
    "ExpertsListFormat",
    "ExpertsPartialUpdateFormat",
    "ExpertsRetrieveFormat",
    "ExpertSummary",
    "ExpertsUpdateFormat",
    "ExpertWriteRequest",
    "HistoryChange",
    "HistoryVersion",
    "HistoryVersionTypeEnum",
    "KeyedByEnum",
    "LineageEdge",
    "LinkMethodEnum",
    "MatchEnum",
    "Mention",
    "MentionsCreateFormat",
    "MentionsDestroyFormat",
    "MentionsExportRetrieveFormat",
    "MentionsExportRetrieveMethodItem",
    "MentionsExportRetrieveReviewStatusItem",
    "MentionsHistoryListFormat",
    "MentionsListFormat",
    "MentionsListMethodItem",
    "MentionsListReviewStatusItem",
    "MentionsPartialUpdateFormat",
    "MentionsRetrieveFormat",
    "MentionSummary",
    "MentionsUpdateFormat",
    "MentionWriteRequest",
    "Network",
    "NetworkActorsFormat",
    "NetworkEdge",
    "NetworkNode",
    "PaginatedActorListList",
    "PaginatedActorListListGroupsItem",
    "PaginatedArticleListList",
    "PaginatedArticleListListGroupsItem",
    "PaginatedCitationSummaryList",
    "PaginatedCitationSummaryListGroupsItem",
    "PaginatedClaimSummaryList",
    "PaginatedClaimSummaryListGroupsItem",
    "PaginatedCorrectionListList",
    "PaginatedCorrectionListListGroupsItem",
    "PaginatedDeliveryList",
    "PaginatedDeliveryListGroupsItem",
    "PaginatedEventSummaryList",
    "PaginatedEventSummaryListGroupsItem",
    "PaginatedExpertSummaryList",
    "PaginatedExpertSummaryListGroupsItem",
    "PaginatedMentionSummaryList",
    "PaginatedMentionSummaryListGroupsItem",
    "PaginatedProvisionTypeSummaryList",
    "PaginatedProvisionTypeSummaryListGroupsItem",
    "PaginatedPublicationSummaryList",
    "PaginatedPublicationSummaryListGroupsItem",
    "PaginatedSubscriptionList",
    "PaginatedSubscriptionListGroupsItem",
    "PaginatedTakeawayListList",
    "PaginatedTakeawayListListGroupsItem",
    "PaginatedTopicSummaryList",
    "PaginatedTopicSummaryListGroupsItem",
    "PaginatedTreatySummaryList",
    "PaginatedTreatySummaryListGroupsItem",
    "PatchedActorWriteRequest",
    "PatchedArticleWriteRequest",
    "PatchedCitationWriteRequest",
    "PatchedClaimWriteRequest",
    "PatchedEventWriteRequest",
    "PatchedExpertWriteRequest",
    "PatchedMentionWriteRequest",
    "PatchedProvisionTypeWriteRequest",
    "PatchedPublicationWriteRequest",
    "PatchedTakeawayWriteRequest",
    "PatchedTopicWriteRequest",
    "PatchedTreatyWriteRequest",
    "PolicyUsage",
    "Problem",
    "ProblemErrors",
    "ProblemSuggestions",
    "ProvisionCoding",
    "ProvisionType",
    "ProvisionTypesCreateFormat",
    "ProvisionTypesDestroyFormat",
    "ProvisionTypesExportRetrieveFormat",
    "ProvisionTypesHistoryListFormat",
    "ProvisionTypesListFormat",
    "ProvisionTypesPartialUpdateFormat",
    "ProvisionTypesRetrieveFormat",
    "ProvisionTypeSummary",
    "ProvisionTypesUpdateFormat",
    "ProvisionTypeWriteRequest",
    "Publication",
    "PublicationKindEnum",
    "PublicationsCreateFormat",
    "PublicationsDestroyFormat",
    "PublicationsExportRetrieveFormat",
    "PublicationsExportRetrieveKindItem",
    "PublicationsHistoryListFormat",
    "PublicationsListFormat",
    "PublicationsListKindItem",
    "PublicationsPartialUpdateFormat",
    "PublicationsRetrieveFormat",
    "PublicationSummary",
    "PublicationsUpdateFormat",
    "PublicationWriteRequest",
    "Reference",
    "ReferenceKindEnum",
    "RelationKindEnum",
    "ResolveContextRequest",
    "ResolveRequestRequest",
    "ResolveResponse",
    "ReviewStatusEnum",
    "SearchHit",
    "SearchHitTypeEnum",
    "SearchResponse",
    "SearchResponseCounts",
    "SearchTypeItem",
    "Source",
    "StanceEnum",
    "Subscription",
    "SubscriptionRequest",
    "Takeaway",
    "TakeawayCitation",
    "TakeawayList",
    "TakeawayMention",
    "TakeawayRef",
    "TakeawaysCreateFormat",
    "TakeawaysDestroyFormat",
    "TakeawaysExportRetrieveConfidenceItem",
    "TakeawaysExportRetrieveEmbedItem",
    "TakeawaysExportRetrieveFormat",
    "TakeawaysHistoryListEmbedItem",
    "TakeawaysHistoryListFormat",
    "TakeawaysListConfidenceItem",
    "TakeawaysListEmbedItem",
    "TakeawaysListFormat",
    "TakeawaysPartialUpdateFormat",
    "TakeawaysRetrieveEmbedItem",
    "TakeawaysRetrieveFormat",
    "TakeawaySummary",
    "TakeawaysUpdateFormat",
    "TakeawayWriteRequest",
    "TimelineEntry",
    "TimelineEntryKindEnum",
    "TimelineEntryTypeEnum",
    "TimelineFormat",
    "TimelineResponse",
    "Topic",
    "TopicsCreateFormat",
    "TopicsDestroyFormat",
    "TopicsExportRetrieveFormat",
    "TopicsHistoryListFormat",
    "TopicsListFormat",
    "TopicsPartialUpdateFormat",
    "TopicsRetrieveFormat",
    "TopicSummary",
    "TopicsUpdateFormat",
    "TopicWriteRequest",
    "TreatiesArticlesRetrieveEmbedItem",
    "TreatiesArticlesRetrieveFormat",
    "TreatiesCreateFormat",
    "TreatiesDestroyFormat",
    "TreatiesExportRetrieveConfidenceItem",
    "TreatiesExportRetrieveFormat",
    "TreatiesExportRetrieveKindItem",
    "TreatiesExportRetrieveStatusItem",
    "TreatiesHistoryListFormat",
    "TreatiesListConfidenceItem",
    "TreatiesListFormat",
    "TreatiesListKindItem",
    "TreatiesListStatusItem",
    "TreatiesPartialUpdateFormat",
    "TreatiesRetrieveFormat",
    "TreatiesUpdateFormat",
    "Treaty",
    "TreatyKindEnum",
    "TreatyParty",
    "TreatyStatusEnum",
    "TreatySummary",
    "TreatyWriteRequest",
    "Usage",
)
