using Policy.Knowledge.Diagnostics;

namespace Policy.Knowledge.Content;

/// <summary>
/// A parsed document in binary form, field by field, for <see cref="DocumentCache"/>. Every public property of the
/// model is written; the round-trip test compares every property of every document, so a field added to the model and
/// not here fails it.
/// </summary>
internal static class DocumentSnapshot
{
    public static void Write(BinaryWriter writer, PolicyDocument document)
    {
        writer.Write(document.Language);
        writer.Write(document.DisplayPath);
        WriteMeta(writer, document.Meta);
        writer.Write(document.Sections.Count);
        // The sections' length in bytes first, so that a reader can pass over them (SectionsOnDemand).
        var lengthAt = writer.BaseStream.Position;
        writer.Write(0);
        var index = new Dictionary<Section, int>(ReferenceEqualityComparer.Instance);
        foreach (var section in document.Sections)
        {
            index[section] = index.Count;
            WriteSection(writer, section, section.Parent is { } parent ? index[parent] : -1);
        }

        var end = writer.BaseStream.Position;
        writer.BaseStream.Position = lengthAt;
        writer.Write(checked((int)(end - lengthAt - sizeof(int))));
        writer.BaseStream.Position = end;

        WriteList(writer, document.Closing);
        writer.Write(document.ClosingHtml);
        writer.Write(document.SourceHash);
        writer.Write(document.Links.Count);
        foreach (var link in document.Links)
        {
            writer.Write(link.Url);
            writer.Write(link.Line);
        }

        writer.Write(document.MeasureCount);
    }

    /// <param name="sectionsAt">
    /// Given, the sections are not read now but when first asked for (<see cref="SectionsOnDemand"/>): from the bytes this
    /// function returns for their place in the record (its offset from the record's start, and its length).
    /// </param>
    public static PolicyDocument Read(BinaryReader reader, Func<long, int, byte[]>? sectionsAt = null)
    {
        var language = reader.ReadString();
        var displayPath = reader.ReadString();
        var meta = ReadMeta(reader);
        var count = reader.ReadInt32();
        var length = reader.ReadInt32();
        IReadOnlyList<Section> sections;
        if (sectionsAt is null)
        {
            sections = ReadSections(reader, count);
        }
        else
        {
            var at = reader.BaseStream.Position;
            reader.BaseStream.Position += length;
            sections = new SectionsOnDemand(count, () =>
            {
                using var own = new SnapshotReader(sectionsAt(at, length));
                return ReadSections(own, count);
            });
        }

        return new PolicyDocument
        {
            Language = language,
            DisplayPath = displayPath,
            Meta = meta,
            Sections = sections,
            Closing = ReadList(reader),
            ClosingHtml = reader.ReadString(),
            SourceHash = reader.ReadString(),
            Links = ReadLinks(reader),
            MeasureCount = reader.ReadInt32(),
        };
    }

    private static MarkdownLink[] ReadLinks(BinaryReader reader)
    {
        var links = new MarkdownLink[reader.ReadInt32()];
        for (var i = 0; i < links.Length; i++)
        {
            links[i] = new MarkdownLink(reader.ReadString(), reader.ReadInt32());
        }

        return links;
    }

    private static Section[] ReadSections(BinaryReader reader, int count)
    {
        var sections = new Section[count];
        for (var i = 0; i < sections.Length; i++)
        {
            var (section, parent) = ReadSection(reader);
            if (parent >= 0)
            {
                section.Parent = sections[parent];
                sections[parent].Children.Add(section);
            }

            sections[i] = section;
        }

        return sections;
    }

    public static void WriteDiagnostic(BinaryWriter writer, Diagnostic diagnostic)
    {
        writer.Write(diagnostic.Path);
        writer.Write(diagnostic.Line);
        writer.Write((int)diagnostic.Severity);
        writer.Write(diagnostic.Text.Zh);
        writer.Write(diagnostic.Text.En);
        WriteOptional(writer, diagnostic.FollowsFrom);
        writer.Write(diagnostic.PublishOnly);
    }

    public static Diagnostic ReadDiagnostic(BinaryReader reader) =>
        new(reader.ReadString(), reader.ReadInt32(), (Severity)reader.ReadInt32(), new LocalizedText(reader.ReadString(), reader.ReadString()))
        {
            FollowsFrom = ReadOptional(reader),
            PublishOnly = reader.ReadBoolean(),
        };

    private static void WriteMeta(BinaryWriter writer, DocumentMetadata meta)
    {
        writer.Write(meta.Id);
        writer.Write(meta.Title);
        foreach (var text in new[] { meta.ShortTitle, meta.Issuer, meta.DocNumber, meta.Publication, meta.Topic, meta.Addressees, meta.Validity, meta.Imprint, meta.Source, meta.Region, meta.TranslationNote })
        {
            WriteOptional(writer, text);
        }

        foreach (var date in new[] { meta.DateWritten, meta.DateIssued, meta.ValidFrom, meta.ValidUntil })
        {
            writer.Write(date?.DayNumber ?? -1);
        }

        writer.Write((int)meta.Status);
        foreach (var list in new[] { meta.Supersedes, meta.AmendedBy, meta.Repeals, meta.Untranslated, meta.MachineTranslated })
        {
            WriteList(writer, list);
        }

        writer.Write(meta.FieldLines.Count);
        foreach (var (field, line) in meta.FieldLines)
        {
            writer.Write(field);
            writer.Write(line);
        }

        writer.Write(meta.Translates.Count);
        foreach (var (from, to) in meta.Translates)
        {
            writer.Write(from);
            writer.Write(to);
        }
    }

    private static DocumentMetadata ReadMeta(BinaryReader reader)
    {
        var id = reader.ReadString();
        var title = reader.ReadString();
        var texts = new string?[11];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = ReadOptional(reader);
        }

        var dates = new DateOnly?[4];
        for (var i = 0; i < dates.Length; i++)
        {
            dates[i] = reader.ReadInt32() is >= 0 and var day ? DateOnly.FromDayNumber(day) : null;
        }

        var status = (PolicyStatus)reader.ReadInt32();
        var lists = new IReadOnlyList<string>[5];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i] = ReadList(reader);
        }

        var fieldLines = new Dictionary<string, int>();
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            fieldLines[reader.ReadString()] = reader.ReadInt32();
        }

        var translates = new Dictionary<string, string>();
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            translates[reader.ReadString()] = reader.ReadString();
        }

        return new DocumentMetadata
        {
            Id = id,
            Title = title,
            ShortTitle = texts[0],
            Issuer = texts[1],
            DocNumber = texts[2],
            Publication = texts[3],
            Topic = texts[4],
            Addressees = texts[5],
            Validity = texts[6],
            Imprint = texts[7],
            Source = texts[8],
            Region = texts[9],
            TranslationNote = texts[10],
            DateWritten = dates[0],
            DateIssued = dates[1],
            ValidFrom = dates[2],
            ValidUntil = dates[3],
            Status = status,
            Supersedes = lists[0],
            AmendedBy = lists[1],
            Repeals = lists[2],
            Untranslated = lists[3],
            MachineTranslated = lists[4],
            FieldLines = fieldLines,
            Translates = translates,
        };
    }

    private static void WriteSection(BinaryWriter writer, Section section, int parent)
    {
        writer.Write(parent);
        writer.Write(section.DocumentId);
        writer.Write(section.Anchor);
        writer.Write((int)section.Kind);
        writer.Write(section.Level);
        writer.Write(section.Title);
        writer.Write(section.Line);
        WriteList(writer, section.Paragraphs);
        writer.Write(section.BodyHtml);
        writer.Write(section.Links.Count);
        foreach (var link in section.Links)
        {
            writer.Write(link.Url);
            writer.Write(link.Line);
        }

        writer.Write(section.Data.Count);
        foreach (var data in section.Data)
        {
            writer.Write(data.Kind);
            writer.Write(data.Text);
            writer.Write(data.FirstLine);
        }

        writer.Write(section.UnitsLine);
        WriteList(writer, section.UnitNames);
        WriteOptional(writer, section.Summary);
        writer.Write(section.SummaryLine);
    }

    private static (Section Section, int Parent) ReadSection(BinaryReader reader)
    {
        var parent = reader.ReadInt32();
        var documentId = reader.ReadString();
        var anchor = reader.ReadString();
        var kind = (SectionKind)reader.ReadInt32();
        var level = reader.ReadInt32();
        var title = reader.ReadString();
        var line = reader.ReadInt32();
        var paragraphs = ReadList(reader);
        var bodyHtml = reader.ReadString();
        var links = ReadLinks(reader);

        var data = new FencedData[reader.ReadInt32()];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = new FencedData(reader.ReadString(), reader.ReadString(), reader.ReadInt32());
        }

        var section = new Section
        {
            DocumentId = documentId,
            Anchor = anchor,
            Kind = kind,
            Level = level,
            Title = title,
            Line = line,
            Paragraphs = paragraphs,
            BodyHtml = bodyHtml,
            Links = links,
            Data = data,
            UnitsLine = reader.ReadInt32(),
            UnitNames = ReadList(reader),
            Summary = ReadOptional(reader),
            SummaryLine = reader.ReadInt32(),
        };
        return (section, parent);
    }

    internal static void WriteOptional(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    internal static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteList(BinaryWriter writer, IReadOnlyList<string> list)
    {
        writer.Write(list.Count);
        foreach (var item in list)
        {
            writer.Write(item);
        }
    }

    private static string[] ReadList(BinaryReader reader)
    {
        var list = new string[reader.ReadInt32()];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = reader.ReadString();
        }

        return list;
    }
}

/// <summary>
/// A document's sections read from <c>documents.bin</c> when first asked for: a rebuild after one edit needs the sections
/// of few policies, and reading every one (most of the file) was the largest part of it at a thousand policies.
/// </summary>
internal sealed class SectionsOnDemand(int count, Func<Section[]> read) : IReadOnlyList<Section>
{
    private static int reads;

    private readonly Lazy<Section[]> sections = new(() =>
    {
        Interlocked.Increment(ref reads);
        return read();
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>How many documents' sections were read on demand in this process.</summary>
    public static int Reads => reads;

    public int Count => count;

    public Section this[int index] => sections.Value[index];

    public IEnumerator<Section> GetEnumerator() => ((IEnumerable<Section>)sections.Value).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
