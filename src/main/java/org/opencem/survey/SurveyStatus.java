package org.opencem.survey;

public enum SurveyStatus {
    DRAFT, PUBLISHED, CLOSED
}
