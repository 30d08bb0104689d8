using Microsoft.Data.Sqlite;

namespace Policy.Bot.Storage.Sqlite;

/// <summary>Prepared statements on one long-lived connection, for the embedded stores on the message hot path.</summary>
internal static class SqliteCommands
{
    public static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    /// <summary>Sets the parameters in the order they were declared.</summary>
    public static SqliteCommand Bind(this SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        return command;
    }
}
