// parley-db: create, import, export, check and query Parley databases.
#include "Commands.h"

#include <CLI/CLI.hpp>

#include <iostream>

int main(int argc, char** argv)
{
    CLI::App app("Create, import, export, check and query Parley databases of diplomatic meetings",
                 "parley-db");
    app.require_subcommand(1);
    parley::cli::addDataCommands(app);
    parley::cli::addQueryCommands(app);
    parley::cli::addExchangeCommands(app);
    parley::cli::addChannelCommand(app);
    parley::cli::addFollowedCommands(app);
    parley::cli::addGenerateCommand(app);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& help) {
        return app.exit(help);
    } catch (const CLI::CallForAllHelp& help) {
        return app.exit(help);
    } catch (const CLI::ParseError& error) {
        std::cerr << "parley-db: " << error.what() << "\nRun with --help for more information.\n";
        return 2;
    } catch (const std::exception& error) {
        // DataError and DatabaseError carry messages written for people.
        std::cerr << "parley-db: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
