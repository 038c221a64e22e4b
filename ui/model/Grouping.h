#pragma once

namespace parley::ui {

// How the timeline sorts meetings into lanes.
enum class Grouping {
    Country,  // the host's and every participant's country, each once
    Official, // every participant
    Topic,    // every topic the meeting names
};

} // namespace parley::ui
