from enum import StrEnum


class EditorialStatusEnum(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    PUBLISHED = "published"

    def __str__(self) -> str:
        return str(self.value)
