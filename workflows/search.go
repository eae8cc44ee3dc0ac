package workflows

import "go.temporal.io/sdk/temporal"

// Search attributes of task and round workflows. Register them with the
// server under these names and types (SearchAttributes lists them).
var (
	TaskIDKey    = temporal.NewSearchAttributeKeyKeyword("TwoPMTaskID")
	TaskTypeKey  = temporal.NewSearchAttributeKeyKeyword("TwoPMTaskType")
	RequesterKey = temporal.NewSearchAttributeKeyKeyword("TwoPMRequester")
	PhaseKey     = temporal.NewSearchAttributeKeyKeyword("TwoPMPhase")
	RoundKey     = temporal.NewSearchAttributeKeyInt64("TwoPMRound")
	NodesKey     = temporal.NewSearchAttributeKeyKeywordList("TwoPMNodes")
)

// SearchAttribute names a custom search attribute and its server type.
type SearchAttribute struct {
	Name string
	Type string // as the Temporal CLI spells it: Keyword, Int, KeywordList
}

// SearchAttributes are every custom search attribute 2PM uses.
var SearchAttributes = []SearchAttribute{
	{TaskIDKey.GetName(), "Keyword"},
	{TaskTypeKey.GetName(), "Keyword"},
	{RequesterKey.GetName(), "Keyword"},
	{PhaseKey.GetName(), "Keyword"},
	{RoundKey.GetName(), "Int"},
	{NodesKey.GetName(), "KeywordList"},
}
